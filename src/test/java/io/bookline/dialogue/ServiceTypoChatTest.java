package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * QA chat review, over the web chat on Postgres: "pedicrue" while a Basic Manicure is being booked
 * no longer switches the service silently; the customer is asked, with both names as buttons.
 * Monday 23 Nov 2026, 08:00; the demo studio.
 */
class ServiceTypoChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @Test
  void a_typo_of_another_service_is_asked_about_and_the_exact_name_switches() {
    assertThat(app.say("ada", "basic manicure tomorrow"))
        .startsWith("Free times for Basic Manicure on Tue 24 Nov:");
    var asked = app.chat("demo", "ada", "pedicrue");
    assertThat(asked.json().get("replies").get(0).get("text").asText())
        .isEqualTo("Which service would you like: Pedicure instead, or Basic Manicure as before?");
    assertThat(asked.json().get("replies").get(0).get("options").toString())
        .isEqualTo("[\"Pedicure\",\"Basic Manicure\"]");
    assertThat(app.say("ada", "Pedicure")).startsWith("Free times for Pedicure on Tue 24 Nov:");
    assertThat(app.say("ada", "basic manicure"))
        .startsWith("Free times for Basic Manicure on Tue 24 Nov:");
  }
}
