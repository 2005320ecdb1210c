package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Services;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report: while the bot asked for the name of a pedicure, "gel manicure 10 dec at 16 too
 * please" replaced the pedicure by the gel manicure (and "kann ich auch noch ne Pediküre direkt
 * danach haben?" turned a manicure into a pedicure). Said with "too", "auch", "también" it is a
 * second booking, as "and a gel manicure…" is (ADR 0081, 0122): the first is kept and booked under
 * the name, the second is asked about after. Friday 27 Nov 2026, 19:00 in Berlin; web chat.
 */
class AnotherServiceTooAtTheNameChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-27T18:00:00Z"));

  /** The first request, the second with "too", the name, yes; what is said, what is booked. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure 9 dec at 16:00 | gel manicure 10 dec at 16 too please | Hugo | yes"
            + " | I'll ask about Gel Manicure once this one is booked. | Pedicure on Wed 9 Dec at"
            + " 16:00 with | Pedicure",
        "Maniküre am 15.12. um 10 Uhr | kann ich auch noch ne pediküre direkt danach haben?"
            + " | Sandra | ja | frage ich Sie nach Pediküre. | Klassische Maniküre am Dienstag,"
            + " 15. Dezember um 10:00 bei | Basic Manicure",
        "pedicura el 9 de diciembre a las 16 | también una manicura de gel el 10 de diciembre a"
            + " las 16 | Hugo | sí | te pregunto por Manicura de gel. | Pedicura el miércoles 9 de"
            + " diciembre a las 16:00 con | Pedicure",
      })
  void a_second_service_said_with_too_keeps_the_first(
      String first,
      String second,
      String name,
      String yes,
      String queued,
      String offer,
      String booked) {
    app.say("c", first);
    assertThat(app.say("c", second)).contains(queued);
    assertThat(app.say("c", name)).startsWith(offer);
    app.say("c", yes);
    assertThat(
            app.app()
                .database()
                .dsl()
                .select(Services.NAME)
                .from(Bookings.T)
                .join(Services.T)
                .on(Services.ID.eq(Bookings.SERVICE_ID))
                .where(Bookings.STATUS.eq("confirmed"))
                .fetch(Services.NAME))
        .containsExactly(booked);
  }
}
