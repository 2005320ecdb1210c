package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "um ein Uhr" is one o'clock in business hours, 13:00, as "um eins" and "at one" are; the article
 * "ein" stays an article before anything but "Uhr" ("ein Termin", "eine Maniküre", ADR 0090, ADR
 * 0101). Over the web chat on Postgres, Monday 23 Nov 2026, 08:00 in Berlin; the demo studio.
 */
class OneOClockInGermanChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(TestApp.MONDAY_8AM_BERLIN);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ich hätte gern eine Pediküre am Mittwoch um ein Uhr | um 13:00 ist frei",
        "Pediküre am Mittwoch gegen ein Uhr bitte | um 13:00 ist frei",
        "Kann ich am Mittwoch um ein Uhr dreißig zur Pediküre kommen? | um 13:30 ist frei",
        "Ich hätte gern eine Pediküre am Mittwoch um eins | um 13:00 ist frei",
        "pedicure on wednesday at one | at 13:00 is free",
      })
  void one_oclock_is_the_afternoon_hour(String said, String held) {
    assertThat(app.say("c", said)).contains(held);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ich hätte gern ein Termin für eine Maniküre am Mittwoch",
        "Ich möchte einen Termin für eine Pediküre am Mittwoch",
      })
  void ein_before_a_noun_names_no_hour(String said) {
    assertThat(app.say("c", said)).startsWith("Freie Termine").doesNotContain("um 13:00");
  }
}
