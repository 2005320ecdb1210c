package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A number before a service in the plural books for that many people (ADR 0058): German plurals in
 * "-n" ("2 Pediküren", "zwei Maniküren") count as "two pedicures" and "dos pedicuras" do, so the
 * bot says it books one appointment per person. Web chat on Postgres; Monday 23 Nov 2026, 08:00;
 * the demo studio.
 */
class PartyCountedFromPluralChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "two pedicures on friday at 10                | One appointment per person:",
        "Ich hätte gern 2 Pediküren am Freitag um 10  | Ein Termin pro Person:",
        "zwei Maniküren am Freitag um 10 bitte        | Ein Termin pro Person:",
        "Ich hätte gern 2 Pediküre am Freitag um 10   | Ein Termin pro Person:",
        "quiero dos pedicuras el viernes a las 10     | Una cita por persona:",
      })
  void a_number_before_a_plural_service_books_for_that_many(String request, String opening) {
    assertThat(app.say("p" + request.length(), request)).startsWith(opening);
  }
}
