package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * QA chat on the demo: handed to the team while closed, the customer hears when the studio opens
 * again as "today" or "tomorrow" when it is, in their language; later days by their date. The demo
 * studio opens Mon–Fri 09:00, Sat 10:00.
 */
class OpensTodayOrTomorrowTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  static final String ASKED =
      "OK, I've asked a member of the team to take over. They'll reply here as soon as they can.";

  @Test
  void early_on_a_weekday_it_opens_today() {
    // Friday 27 Nov, 07:07.
    app.clock().advance(Duration.ofDays(4).minusMinutes(53));
    assertThat(app.say("ana", "I want to talk to a person"))
        .isEqualTo(ASKED + " We're closed right now and open again today at 09:00.");
    assertThat(app.say("dirk", "Ich möchte mit einem Menschen sprechen"))
        .endsWith("Wir haben gerade geschlossen und öffnen heute um 09:00 Uhr wieder.");
    assertThat(app.say("sol", "quiero hablar con una persona"))
        .endsWith("Ahora mismo estamos cerrados; volvemos a abrir hoy a las 09:00.");
  }

  @Test
  void in_the_evening_it_opens_tomorrow_and_on_saturday_evening_on_monday() {
    // Monday 23 Nov, 19:00.
    app.clock().advance(Duration.ofHours(11));
    assertThat(app.say("ben", "I want to talk to a person"))
        .isEqualTo(ASKED + " We're closed right now and open again tomorrow at 09:00.");
    // Saturday 28 Nov, 15:00: Sunday is closed.
    app.clock().advance(Duration.ofDays(4).plusHours(20));
    assertThat(app.say("cat", "I want to talk to a person"))
        .isEqualTo(ASKED + " We're closed right now and open again on Mon 30 Nov at 09:00.");
  }
}
