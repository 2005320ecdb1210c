package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ADR 0110, over the web chat on Postgres: a message the bot does not understand after its offer
 * "Would you like to book one?" is answered with "What would you like?", which replaces the offer;
 * an "ok", "danke", "passt", "thx", "vale" after that nods, never taking up the offer no longer
 * asked (it used to start a booking and ask for the service). Monday 23 Nov 2026, 08:00; the demo
 * studio.
 */
class AcknowledgementRevivesNothingChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{0}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | can I move my appointment? | Would you like to book one? | ok | 👍",
        "EN | can I move my appointment? | Would you like to book one? | thx | You're welcome!",
        "DE | Kann ich meinen Termin verschieben? | Möchten Sie einen buchen? | ok | 👍",
        "DE | Kann ich meinen Termin verschieben? | Möchten Sie einen buchen? | passt | 👍",
        "DE | Kann ich meinen Termin verschieben? | Möchten Sie einen buchen? | danke | Gern",
        "ES | ¿puedo cambiar mi cita? | ¿Quieres reservar una? | vale | 👍",
        "ES | ¿puedo cambiar mi cita? | ¿Quieres reservar una? | gracias | ¡De nada!",
      })
  void an_acknowledgement_after_the_offer_was_replaced_starts_no_booking(
      String language, String move, String offer, String ack, String nod) {
    String user = "u" + language + ack;
    assertThat(app.say(user, move)).endsWith(offer);
    app.say(user, "xqzv blorp");
    String reply = app.say(user, ack);
    assertThat(reply).startsWith(nod);
    assertThat(app.say(user, "ok")).doesNotContain("(30 min", "(30 Min.", "(60 min");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | can I move my appointment? | yes | Which service would you like?",
        "DE | Kann ich meinen Termin verschieben? | ja | Welche Leistung möchten Sie buchen?",
        "ES | ¿puedo cambiar mi cita? | vale | ¿Qué servicio te gustaría?",
      })
  void a_yes_right_after_the_offer_still_takes_it(
      String language, String move, String yes, String asked) {
    app.say("y" + language, move);
    assertThat(app.say("y" + language, yes)).startsWith(asked);
  }
}
