package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "What's the difference between basic and gel manicure?" is a question: it is answered with both
 * services' length and price, and nothing is booked or queued ("One booking at a time: I'll ask
 * about Gel Manicure…" before). In English, German and Spanish over the web chat on Postgres;
 * Friday 27 Nov 2026, 10:00; the demo studio.
 */
class DifferenceBetweenServicesChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "whats the difference between basic and gel manicure?"
            + " | Basic Manicure (30 min, 25.00 EUR); Gel Manicure (45 min, 35.00 EUR)."
            + " | One booking at a time",
        "was ist der Unterschied zwischen klassischer Maniküre und Gel-Maniküre?"
            + " | Klassische Maniküre (30 Min., 25,00 €); Gel-Maniküre (45 Min., 35,00 €)."
            + " | Eins nach dem anderen",
        "¿qué diferencia hay entre la manicura básica y la de gel?"
            + " | Manicura básica (30 min, 25,00 €); Manicura de gel (45 min, 35,00 €)."
            + " | Vamos cita por cita",
      })
  void a_question_comparing_two_services_tells_both_and_books_nothing(
      String question, String answer, String queued) {
    app.clock().set(Instant.parse("2026-11-27T09:00:00Z"));
    String reply = app.say("q", question);
    assertThat(reply).isEqualTo(answer).doesNotContain(queued);
    assertThat(app.app().database().dsl().fetchCount(Bookings.T)).isZero();
  }
}
