package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Services;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report: right after "a manicure for my husband Pete on 16 dec at 9" was booked, "and
 * one for me at the same time, I'm Quinn" got "Which time do you mean by "same time"?" (also in
 * German and Spanish). "The same time" then is the booking just made (ADR 0122): the customer's own
 * appointment is offered at its day and time, for its service, with another member of the team.
 * Friday 27 Nov 2026, 19:00 in Berlin; over the web chat on Postgres.
 */
class SameTimeAsTheBookingMadeChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-27T18:00:00Z"));

  /**
   * The husband's booking, the writer's name (asked first, ADR 0115), yes, the customer's own at
   * the same time; the offer; both bookings.
   */
  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "can I book a manicure for my husband Pete on 16 dec at 9? | Quinn | yes"
            + " | and one for me at the same time, I'm Quinn"
            + " | Basic Manicure on Wed 16 Dec at 09:00 with",
        "eine Maniküre für meinen Mann Peter am 16.12. um 9 Uhr | Quinn | ja"
            + " | und eine für mich zur selben Zeit, ich bin Quinn"
            + " | Klassische Maniküre am Mittwoch, 16. Dezember um 09:00 bei",
        "una manicura para mi marido Pedro el 16 de diciembre a las 9 | Quinn | sí"
            + " | y otra para mí a la misma hora, soy Quinn"
            + " | Manicura básica el miércoles 16 de diciembre a las 09:00 con",
      })
  void the_same_time_is_the_booking_just_made(
      String request, String writer, String yes, String mine, String offer) {
    app.say("c", request);
    app.say("c", writer);
    app.say("c", yes);
    assertThat(app.say("c", mine)).contains(offer).contains("Quinn").doesNotContain("mean");
    app.say("c", yes);
    DateTimeFormatter when =
        DateTimeFormatter.ofPattern("dd.MM HH:mm").withZone(ZoneId.of("Europe/Berlin"));
    assertThat(
            app.app()
                .database()
                .dsl()
                .select(Bookings.GUEST_NAME, Services.NAME, Bookings.STARTS_AT)
                .from(Bookings.T)
                .join(Services.T)
                .on(Services.ID.eq(Bookings.SERVICE_ID))
                .where(Bookings.STATUS.eq("confirmed"))
                .orderBy(Bookings.ID)
                .fetch(
                    r ->
                        (r.value1() == null ? "-" : "guest")
                            + ":"
                            + r.value2()
                            + " "
                            + when.format(r.value3())))
        .containsExactly("guest:Basic Manicure 16.12 09:00", "-:Basic Manicure 16.12 09:00");
  }
}
