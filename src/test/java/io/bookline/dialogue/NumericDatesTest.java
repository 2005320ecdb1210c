package io.bookline.dialogue;

import static io.bookline.db.Schema.Businesses;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date written in numbers that reads two ways ("12/3", "3.12.") is read by the business's
 * convention (day first, month first in the US) and the reply names it in words, so the customer
 * sees which reading was taken; an unambiguous one ("13/3") reads the same everywhere. Over the web
 * chat on Postgres; the demo studio (en-GB); Monday 23 Nov 2026, 08:00.
 */
class NumericDatesTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "basic manicure on 12/1 | Free times for Basic Manicure on Tue 12 Jan:",
        "basic manicure on 1/12 | Free times for Basic Manicure on Tue 1 Dec:",
        "basic manicure on 13/1 | Free times for Basic Manicure on Wed 13 Jan:",
        "Maniküre am 1.12.      | Freie Termine für Klassische Maniküre am Dienstag, 1. Dezember:",
        "Maniküre am 12.1.      | Freie Termine für Klassische Maniküre am Dienstag, 12. Januar:",
        "manicura el 12/1       | Horas libres para Manicura básica el martes 12 de enero:",
      })
  void a_day_first_business_names_the_day_it_read(String text, String reply) {
    assertThat(app.say("ana", text)).startsWith(reply);
  }

  @Test
  void a_us_business_reads_the_month_first_and_names_the_day_it_read() {
    app.app()
        .database()
        .dsl()
        .update(Businesses.T)
        .set(Businesses.LOCALE, "en-US")
        .where(Businesses.SLUG.eq("demo"))
        .execute();
    assertThat(app.say("bo", "basic manicure on 12/1"))
        .startsWith("Free times for Basic Manicure on Tue 1 Dec:");
    assertThat(app.say("cy", "basic manicure on 1/13"))
        .startsWith("Free times for Basic Manicure on Wed 13 Jan:");
    assertThat(app.say("di", "basic manicure on 13/1"))
        .startsWith("Free times for Basic Manicure on Wed 13 Jan:");
  }
}
