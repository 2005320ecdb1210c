package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * QA chat review 2, F14: asked for a name in an English chat, "María José García de la Vega" is a
 * name, not a switch to Spanish. A message that could be a name alone counts for no language at the
 * name step; an explicit request ("en español por favor") still switches.
 */
class NameKeepsLanguageTest {
  final MutableClock clock = TestApp.mondayMorning();
  TestApp app = TestApp.start(clock, Map.of("DATABASE_URL", TestPostgres.freshDatabase()));

  @AfterEach
  void close() {
    app.close();
  }

  @Test
  void a_spanish_name_at_the_name_step_keeps_the_english_chat_english() {
    assertThat(app.say("zoe", "gel manicure tomorrow at 10"))
        .endsWith("What name should I put the booking under?");
    assertThat(app.say("zoe", "María José García de la Vega"))
        .isEqualTo(
            "Gel Manicure on Tue 24 Nov at 10:00 with Anna for María José García de la Vega, 35.00"
                + " EUR. Shall I book it?");
    assertThat(app.say("zoe", "yes")).startsWith("Booked!");
  }

  @Test
  void an_explicit_request_at_the_name_step_still_switches() {
    app.say("pia", "gel manicure tomorrow at 10");
    assertThat(app.say("pia", "en español por favor")).doesNotContain("What name");
  }
}
