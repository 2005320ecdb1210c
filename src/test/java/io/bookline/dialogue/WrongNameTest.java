package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Black-box review: "the name is wrong" at "Shall I book it?" without the right name asks for it,
 * then confirms again with it; in every language the chat speaks. With a name in the same message
 * the name is corrected at once, as before.
 */
class WrongNameTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  static final String CONFIRM_EVA =
      "Pedicure on Mon 30 Nov at 11:00 with Anna for Eva, 40.00 EUR. Shall I book it?";

  void confirmingFor(String user, String name) {
    assertThat(app.say(user, "pedicure on 30 november at 11am"))
        .endsWith("What name should I put the booking under?");
    assertThat(app.say(user, name)).endsWith("Shall I book it?");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "the name is wrong",
        "that's not my name",
        "wrong name",
        "the name's not right",
        "no, the name is wrong"
      })
  void a_wrong_name_without_the_right_one_is_asked_for_and_confirmed_again(String complaint) {
    confirmingFor("u1", "Ava");

    assertThat(app.say("u1", complaint))
        .isEqualTo("Sorry about that! What name should I put the booking under?");
    assertThat(app.say("u1", "Eva")).isEqualTo(CONFIRM_EVA);
    assertThat(app.say("u1", "yes")).startsWith("Booked!");
  }

  @Test
  void a_wrong_name_with_the_right_one_is_corrected_at_once() {
    confirmingFor("u2", "Ava");
    assertThat(app.say("u2", "no, the name is Eva")).isEqualTo(CONFIRM_EVA);
  }

  @Test
  void german_and_spanish_customers_are_asked_in_their_language() {
    assertThat(app.say("de", "Pediküre am 30. November um 11 Uhr")).endsWith("eintragen?");
    assertThat(app.say("de", "Ava")).endsWith("Soll ich das buchen?");
    assertThat(app.say("de", "der Name ist falsch"))
        .isEqualTo("Entschuldigung! Auf welchen Namen darf ich den Termin eintragen?");
    assertThat(app.say("de", "Eva")).contains("für Eva").endsWith("Soll ich das buchen?");

    assertThat(app.say("es", "pedicura el 30 de noviembre a las 11")).endsWith("reserva?");
    assertThat(app.say("es", "Ava")).endsWith("¿Te la reservo?");
    assertThat(app.say("es", "el nombre está mal"))
        .isEqualTo("¡Perdona! ¿A nombre de quién hago la reserva?");
    assertThat(app.say("es", "Eva")).contains("a nombre de Eva").endsWith("¿Te la reservo?");
  }
}
