package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Defect report: "book it for my mum Helen" at "Shall I book it?" booked under the writer's name
 * and Helen was lost; "Ann, it's for my mum Helen" at the name question asked for the name again;
 * "a manicure for my mum Helen on friday at 10" said up front did not make the booking hers (en,
 * de, es alike). A booking "for my mum/Mutter/madre" is that person's (ADR 0108): the writer stays
 * the customer who books, the appointment carries her name (bookings.guest_name), the confirmation
 * names her and the goodbye stays the writer's. Without a name, hers is asked; a writer with no
 * name yet is asked theirs too (ADR 0115). Guards: two names at the name question are two people
 * (ADR 0097), "my mum and I" is a party, "my mum's appointment" is a guest's booking (ADR 0107).
 * Over the web chat on Postgres, Monday 23 Nov 2026, 08:00, the demo studio.
 */
class BookingForSomeoneChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  /** request | writer | said at the confirmation | asked again | yes | booked | guest. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure on friday at 11 | Ann | book it for my mum Helen"
            + " | for Helen, 25.00 EUR. Shall I book it? | yes | (for Helen). See you then, Ann!"
            + " | Helen",
        "Ich hätte gern eine Maniküre am Freitag um 11 | Jonas | buch es für meine Mama Helga"
            + " | für Helga, 25,00 €. Soll ich das buchen? | ja | (für Helga). Bis dann, Jonas!"
            + " | Helga",
        "quiero una manicura el viernes a las 11 | Lucía | resérvalo para mi madre Carmen"
            + " | a nombre de Carmen, 25,00 €. ¿Te la reservo? | sí"
            + " | (para Carmen). ¡Hasta pronto, Lucía! | Carmen",
      })
  void a_person_for_my_mum_at_the_confirmation_is_whom_the_booking_is_for(
      String request,
      String writer,
      String forHer,
      String askedAgain,
      String yes,
      String booked,
      String guest) {
    app.say("w", request);
    assertThat(app.say("w", writer)).contains(" " + writer + ",");
    assertThat(app.say("w", forHer)).endsWith(askedAgain);
    assertThat(app.say("w", yes)).endsWith(booked);
    assertThat(ChatBookings.partyBookings(app)).containsExactly("confirmed 11:00 " + guest);
    assertThat(customers()).containsExactly(writer);
  }

  /**
   * request | said at the name question | confirmation | yes | booked | guest | writer. A writer
   * who did not give their name with it is asked for it first (ADR 0115).
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure on friday at 11 | Ann, it's for my mum Helen"
            + " | for Helen, 25.00 EUR. Shall I book it? | yes | (for Helen). See you then, Ann!"
            + " | Helen | Ann",
        "a manicure on friday at 11 | it's for my mum Helen"
            + " | for Helen, 25.00 EUR. Shall I book it? | yes | (for Helen). See you then, Ann!"
            + " | Helen | Ann",
        "Ich hätte gern eine Maniküre am Freitag um 11 | Jonas, es ist für meine Mutter Helga"
            + " | für Helga, 25,00 €. Soll ich das buchen? | ja | (für Helga). Bis dann, Jonas!"
            + " | Helga | Jonas",
        "Ich hätte gern eine Maniküre am Freitag um 11 | es ist für meine Mama Helga"
            + " | für Helga, 25,00 €. Soll ich das buchen? | ja | (für Helga). Bis dann, Jonas!"
            + " | Helga | Jonas",
        "quiero una manicura el viernes a las 11 | Lucía, es para mi madre Carmen"
            + " | a nombre de Carmen, 25,00 €. ¿Te la reservo? | sí"
            + " | (para Carmen). ¡Hasta pronto, Lucía! | Carmen | Lucía",
        "quiero una manicura el viernes a las 11 | es para mi madre Carmen"
            + " | a nombre de Carmen, 25,00 €. ¿Te la reservo? | sí"
            + " | (para Carmen). ¡Hasta pronto, Lucía! | Carmen | Lucía",
        "a manicure on friday at 11 | it's for my daughter, her name is Lily"
            + " | for Lily, 25.00 EUR. Shall I book it? | yes | (for Lily). See you then, Ann!"
            + " | Lily | Ann",
        "quiero una manicura el viernes a las 11 | se llama Paula, es para mi hija"
            + " | a nombre de Paula, 25,00 €. ¿Te la reservo? | sí"
            + " | (para Paula). ¡Hasta pronto, Lucía! | Paula | Lucía",
      })
  void a_person_for_my_mum_at_the_name_question_is_whom_the_booking_is_for(
      String request,
      String said,
      String confirmation,
      String yes,
      String booked,
      String guest,
      String writer) {
    app.say("w", request);
    String r = app.say("w", said);
    if (!said.startsWith(writer + ",")) {
      assertThat(r).contains(guest).endsWith("?").doesNotContain(confirmation);
      r = app.say("w", writer);
    }
    assertThat(r).endsWith(confirmation);
    assertThat(app.say("w", yes)).endsWith(booked);
    assertThat(ChatBookings.partyBookings(app)).containsExactly("confirmed 11:00 " + guest);
    assertThat(customers()).containsExactly(writer);
  }

  /** request | writer, asked for first (ADR 0115) | confirmation | yes | booked | guest. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure for my mum Helen on friday at 10 | Ann"
            + " | for Helen, 25.00 EUR. Shall I book it? | yes | (for Helen). See you then, Ann!"
            + " | Helen",
        "eine Maniküre für meine Mutter Helga am Freitag um 10 | Jonas"
            + " | für Helga, 25,00 €. Soll ich das buchen? | ja | (für Helga). Bis dann, Jonas!"
            + " | Helga",
        "una manicura para mi madre Carmen el viernes a las 10 | Lucía"
            + " | a nombre de Carmen, 25,00 €. ¿Te la reservo? | sí"
            + " | (para Carmen). ¡Hasta pronto, Lucía! | Carmen",
      })
  void a_person_for_my_mum_said_up_front_is_whom_the_booking_is_for(
      String request, String writer, String confirmation, String yes, String booked, String guest) {
    assertThat(app.say("w", request)).contains(guest).doesNotContain(confirmation);
    assertThat(app.say("w", writer)).endsWith(confirmation);
    assertThat(app.say("w", yes)).endsWith(booked);
    assertThat(ChatBookings.partyBookings(app)).containsExactly("confirmed 10:00 " + guest);
  }

  /**
   * "for my mum" without a name: the salon wants to know who is coming, so her name is asked and
   * the booking is hers. request | said (or "-") | her name asked | name | confirmation | yes.
   */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure for my mum on friday at 10 | - | The name of the person coming, please."
            + " | Helen | for Helen, 25.00 EUR. Shall I book it? | yes",
        "a manicure on friday at 10 | it's for my mum | The name of the person coming, please."
            + " | Helen | for Helen, 25.00 EUR. Shall I book it? | yes",
        "eine Maniküre für meine Mutter am Freitag um 10 | -"
            + " | Bitte den Namen der Person, die kommt. | Helga"
            + " | für Helga, 25,00 €. Soll ich das buchen? | ja",
        "eine Maniküre am Freitag um 10 | das ist für meine Mama"
            + " | Bitte den Namen der Person, die kommt. | Helga"
            + " | für Helga, 25,00 €. Soll ich das buchen? | ja",
        "una manicura para mi madre el viernes a las 10 | -"
            + " | Dime el nombre de la persona que viene, por favor. | Carmen"
            + " | a nombre de Carmen, 25,00 €. ¿Te la reservo? | sí",
        "una manicura el viernes a las 10 | es para mi madre"
            + " | Dime el nombre de la persona que viene, por favor. | Carmen"
            + " | a nombre de Carmen, 25,00 €. ¿Te la reservo? | sí",
      })
  void for_my_mum_without_a_name_asks_hers(
      String request, String said, String asked, String name, String confirmation, String yes) {
    String r = app.say("w", request);
    if (!said.equals("-")) {
      r = app.say("w", said);
    }
    assertThat(r).endsWith(asked);
    // Then the writer's own name (ADR 0115).
    assertThat(app.say("w", name)).contains(name).doesNotContain(confirmation);
    assertThat(app.say("w", "Sam")).endsWith(confirmation);
    app.say("w", yes);
    assertThat(ChatBookings.partyBookings(app)).containsExactly("confirmed 10:00 " + name);
  }

  /** At the confirmation, "book it for my mum" without a name asks hers before booking. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure on friday at 11 | Ann | book it for my mum | The name of the person coming,"
            + " please. | Helen | yes",
        "eine Maniküre am Freitag um 11 | Jonas | buch es für meine Mutter | Bitte den Namen der"
            + " Person, die kommt. | Helga | ja",
        "una manicura el viernes a las 11 | Lucía | resérvalo para mi madre | Dime el nombre de"
            + " la persona que viene, por favor. | Carmen | sí",
      })
  void for_my_mum_at_the_confirmation_without_a_name_asks_hers(
      String request, String writer, String forHer, String asked, String name, String yes) {
    app.say("w", request);
    app.say("w", writer);
    assertThat(app.say("w", forHer)).endsWith(asked);
    assertThat(app.say("w", name)).contains(name + ",");
    app.say("w", yes);
    assertThat(ChatBookings.partyBookings(app)).containsExactly("confirmed 11:00 " + name);
    assertThat(customers()).containsExactly(writer);
  }

  /** Guards: the writer comes too. request | writer | yes; the first booking is the writer's. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "my mum and I want a manicure on friday at 11 | Ann | yes | One appointment per person",
        "a manicure for me and my mum on friday at 11 | Ann | yes | One appointment per person",
        "a manicure for my mum and me on friday at 11 | Ann | yes | One appointment per person",
        "eine Maniküre für meine Mutter und mich am Freitag um 11 | Jonas | ja"
            + " | Ein Termin pro Person",
        "una manicura para mí y mi madre el viernes a las 11 | Lucía | sí | Una cita por persona",
      })
  void my_mum_and_i_are_two_people(String request, String writer, String yes, String party) {
    assertThat(app.say("w", request)).startsWith(party);
    assertThat(app.say("w", writer)).contains(" " + writer + ",");
    app.say("w", yes);
    assertThat(ChatBookings.partyBookings(app)).containsExactly("confirmed 11:00 -");
    assertThat(customers()).containsExactly(writer);
  }

  /** Guard: two names at the name question still start a party of two (ADR 0097). */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure on friday at 11 | Kate and Tom | yes | Kate",
        "eine Maniküre am Freitag um 11 | Kate und Tom | ja | Kate",
        "una manicura el viernes a las 11 | Kate y Tom | sí | Kate",
      })
  void two_names_at_the_name_question_are_still_two_people(
      String request, String names, String yes, String writer) {
    app.say("w", request);
    app.say("w", names);
    app.say("w", yes);
    app.say("w", yes);
    assertThat(ChatBookings.partyBookings(app))
        .containsExactly("confirmed 11:00 -", "confirmed 11:00 Tom");
    assertThat(customers()).containsExactly(writer);
  }

  /** Guard: "my mum's appointment" with none booked for her leaves the writer's own alone. */
  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure on friday at 11 | Ann | yes | cancel my mum's appointment"
            + " | I only see your own appointment",
        "eine Maniküre am Freitag um 11 | Jonas | ja | den Termin meiner Mutter absagen"
            + " | Ich sehe nur Ihren eigenen Termin",
        "una manicura el viernes a las 11 | Lucía | sí | cancela la cita de mi madre"
            + " | Solo veo tu propia cita",
      })
  void my_mums_appointment_is_never_the_writers_own(
      String request, String writer, String yes, String cancel, String answer) {
    ChatBookings.book(app, "w", writer, request, yes);
    assertThat(app.say("w", cancel)).startsWith(answer);
    assertThat(ChatBookings.partyBookings(app)).containsExactly("confirmed 11:00 -");
  }

  private List<String> customers() {
    return app.app()
        .database()
        .dsl()
        .fetch("select name from customers order by id")
        .map(r -> Objects.toString(r.get(0), null));
  }
}
