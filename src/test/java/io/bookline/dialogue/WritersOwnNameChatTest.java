package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Defect report: "book it for my mum Helen" (ADR 0108) no longer asked the writer's own name, so a
 * web-chat booking for someone else had no customer name (the owner saw "Helen (guest of
 * Customer)"), and the writer's name typed at "Shall I book it?" got "please answer yes or no".
 * When the writer has no name yet it is asked once, as for any booking, after the person's (ADR
 * 0115); a name said at that question is the writer's, never a new name for the person. Guard: a
 * writer who gave their name is not asked again. Over the web chat on Postgres, Monday 23 Nov 2026,
 * 08:00, the demo studio.
 */
class WritersOwnNameChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  /**
   * request | (said at the name question or "-") | writer asked | writer | confirmation | yes |
   * booked.
   */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure for my mum Helen on friday at 10 | -"
            + " | The appointment will be under Helen. And what's your own name, please? | Ann"
            + " | for Helen, 25.00 EUR. Shall I book it? | yes | (for Helen). See you then, Ann!",
        "a manicure on friday at 10 | book it for my mum Helen"
            + " | The appointment will be under Helen. And what's your own name, please? | Ann"
            + " | for Helen, 25.00 EUR. Shall I book it? | yes | (for Helen). See you then, Ann!",
        "a manicure on friday at 10 | it's for my mum Helen"
            + " | The appointment will be under Helen. And what's your own name, please? | Ann"
            + " | for Helen, 25.00 EUR. Shall I book it? | yes | (for Helen). See you then, Ann!",
        "eine Maniküre für meine Mutter Helga am Freitag um 10 | -"
            + " | Der Termin läuft auf Helga. Und wie ist Ihr eigener Name, bitte? | Jonas"
            + " | für Helga, 25,00 €. Soll ich das buchen? | ja | (für Helga). Bis dann, Jonas!",
        "eine Maniküre am Freitag um 10 | buch es für meine Mama Helga"
            + " | Der Termin läuft auf Helga. Und wie ist Ihr eigener Name, bitte? | Jonas"
            + " | für Helga, 25,00 €. Soll ich das buchen? | ja | (für Helga). Bis dann, Jonas!",
        "una manicura para mi madre Carmen el viernes a las 10 | -"
            + " | La cita irá a nombre de Carmen. ¿Y cuál es tu nombre, por favor? | Lucía"
            + " | a nombre de Carmen, 25,00 €. ¿Te la reservo? | sí"
            + " | (para Carmen). ¡Hasta pronto, Lucía!",
        "una manicura el viernes a las 10 | resérvalo para mi madre Carmen"
            + " | La cita irá a nombre de Carmen. ¿Y cuál es tu nombre, por favor? | Lucía"
            + " | a nombre de Carmen, 25,00 €. ¿Te la reservo? | sí"
            + " | (para Carmen). ¡Hasta pronto, Lucía!",
      })
  void the_writer_of_a_booking_for_someone_else_is_asked_their_own_name(
      String request,
      String said,
      String asked,
      String writer,
      String confirmation,
      String yes,
      String booked) {
    String r = app.say("w", request);
    if (!said.equals("-")) {
      r = app.say("w", said);
    }
    assertThat(r).endsWith(asked);
    assertThat(app.say("w", writer)).endsWith(confirmation);
    assertThat(app.say("w", yes)).endsWith(booked);
    String guest = asked.replaceAll(".* (Helen|Helga|Carmen)\\..*", "$1");
    assertThat(ChatBookings.partyBookings(app)).containsExactly("confirmed 10:00 " + guest);
    assertThat(customers()).containsExactly(writer);
  }

  /** "for my mum" without a name: hers first, then the writer's own, then the confirmation. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure for my mum on friday at 10 | Helen"
            + " | The appointment will be under Helen. And what's your own name, please? | Ann"
            + " | for Helen, 25.00 EUR. Shall I book it? | yes",
        "eine Maniküre für meine Mutter am Freitag um 10 | Helga"
            + " | Der Termin läuft auf Helga. Und wie ist Ihr eigener Name, bitte? | Jonas"
            + " | für Helga, 25,00 €. Soll ich das buchen? | ja",
        "una manicura para mi madre el viernes a las 10 | Carmen"
            + " | La cita irá a nombre de Carmen. ¿Y cuál es tu nombre, por favor? | Lucía"
            + " | a nombre de Carmen, 25,00 €. ¿Te la reservo? | sí",
      })
  void without_her_name_hers_is_asked_then_the_writers(
      String request, String hers, String asked, String writer, String confirmation, String yes) {
    app.say("w", request);
    assertThat(app.say("w", hers)).endsWith(asked);
    assertThat(app.say("w", writer)).endsWith(confirmation);
    app.say("w", yes);
    assertThat(ChatBookings.partyBookings(app)).containsExactly("confirmed 10:00 " + hers);
    assertThat(customers()).containsExactly(writer);
  }

  /** Guard: a writer who gave their name is not asked again; the confirmation names her. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure on friday at 11 | Ann | book it for my mum Helen"
            + " | for Helen, 25.00 EUR. Shall I book it?",
        "eine Maniküre am Freitag um 11 | Jonas | buch es für meine Mama Helga"
            + " | für Helga, 25,00 €. Soll ich das buchen?",
        "una manicura el viernes a las 11 | Lucía | resérvalo para mi madre Carmen"
            + " | a nombre de Carmen, 25,00 €. ¿Te la reservo?",
      })
  void a_writer_who_gave_their_name_is_asked_it_only_once(
      String request, String writer, String forHer, String confirmation) {
    app.say("w", request);
    app.say("w", writer);
    assertThat(app.say("w", forHer)).endsWith(confirmation);
    assertThat(customers()).containsExactly(writer);
  }

  private List<String> customers() {
    return app.app()
        .database()
        .dsl()
        .fetch("select name from customers order by id")
        .map(r -> Objects.toString(r.get(0), null));
  }
}
