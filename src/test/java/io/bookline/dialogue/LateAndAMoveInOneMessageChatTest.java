package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Being late said with a move and a time in one message ("I'm running late, can you move it to
 * 3pm?") asks for the move, not only "Thanks for letting us know" (ADR 0093); "voy por la tarde" is
 * the afternoon, not being late, so the request said with it is answered. In English, German and
 * Spanish over the web chat on Postgres; Friday 27 Nov 2026, 10:00; the demo studio.
 */
class LateAndAMoveInOneMessageChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0}: {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Max | pedicure monday 30 november at 10 | yes"
            + " | I'm running late, can you move it to 3pm?"
            + " | Move your Pedicure from Mon 30 Nov at 10:00 to Mon 30 Nov at 15:00",
        "de | Jonas | Pediküre am Montag um 10 | ja"
            + " | Ich komme nicht pünktlich, bitte auf 15 Uhr verschieben"
            + " | Ihren Termin für Pediküre von Montag, 30. November um 10:00 auf Montag, 30."
            + " November um 15:00",
        "es | Lucía | pedicura el lunes a las 10 | sí"
            + " | llego tarde, ¿puedes cambiarla a las 15?"
            + " | ¿Cambio tu Pedicura del lunes 30 de noviembre a las 10:00 al lunes 30 de"
            + " noviembre a las 15:00",
      })
  void late_with_a_move_to_a_time_offers_the_move(
      String language, String name, String request, String yes, String lateMove, String offer) {
    ChatBookings.book(app, name, request, yes);

    assertThat(app.say(name, lateMove)).startsWith(offer);
    assertThat(app.say(name, yes)).doesNotContain("?");
    assertThat(bookings()).containsExactly("confirmed 2026-11-30T15:00");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "¿tenéis hueco para una pedicura el lunes? voy por la tarde"
            + " | Horas libres para Pedicura el lunes 30 de noviembre por la tarde",
        "quiero una pedicura el lunes, voy de la tarde | Horas libres para Pedicura el lunes 30",
        "una pedicura el martes, mejor voy a la tarde | Horas libres para Pedicura el martes 1",
      })
  void voy_por_la_tarde_is_the_afternoon_not_being_late(String request, String times) {
    assertThat(app.say("lucia", request)).startsWith(times).doesNotContain("Gracias por avisar");
  }

  /** Each booking's status and start, Berlin time, in the order they were made. */
  private List<String> bookings() {
    return app.app()
        .database()
        .dsl()
        .select(Bookings.STATUS, Bookings.STARTS_AT)
        .from(Bookings.T)
        .orderBy(Bookings.ID)
        .fetch(r -> r.value1() + " " + berlin(r.value2()));
  }

  private static String berlin(OffsetDateTime at) {
    return at.atZoneSameInstant(ZoneId.of("Europe/Berlin")).toLocalDateTime().toString();
  }
}
