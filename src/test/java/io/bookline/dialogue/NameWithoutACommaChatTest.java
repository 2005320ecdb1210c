package io.bookline.dialogue;

import static io.bookline.db.Schema.Customers;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report: "pedicure 8 dec at 16:00 i'm Gail", "basic manicure 10 dec at 10 name Klaus",
 * "Gel Maniküre 16.12. 16 Uhr Name Klaus" and "Manicura de gel 23 diciembre 16h nombre Carlos" all
 * asked the name just given: "i'm", "name", "Name", "nombre" count as a name's introducer only at a
 * clause's start. Said without a comma before them they introduce it too (ADR 0122). Friday 27 Nov
 * 2026, 19:00 in Berlin; over the web chat on Postgres.
 */
class NameWithoutACommaChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-27T18:00:00Z"));

  /** The request; the offer names the customer at once; yes books it under that name. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure 8 dec at 16:00 i'm Gail | yes | Gail | Pedicure on Tue 8 Dec at 16:00 with",
        "basic manicure 10 dec at 10 name Klaus | yes | Klaus | Basic Manicure on Thu 10 Dec at"
            + " 10:00 with",
        "Gel Maniküre 16.12. 16 Uhr Name Klaus | ja | Klaus | Gel-Maniküre am Mittwoch, 16."
            + " Dezember um 16:00 bei",
        "Manicura de gel 23 diciembre 16h nombre Carlos | sí | Carlos | Manicura de gel el"
            + " miércoles 23 de diciembre a las 16:00 con",
      })
  void the_name_said_after_the_time_is_taken(
      String request, String yes, String name, String offer) {
    String reply = app.say("c", request);
    assertThat(reply).startsWith(offer).contains(" " + name + ",");
    assertThat(app.say("c", yes)).doesNotEndWith("?");
    assertThat(
            app.app()
                .database()
                .dsl()
                .select(Customers.NAME)
                .from(Customers.T)
                .fetch(Customers.NAME))
        .containsExactly(name);
  }
}
