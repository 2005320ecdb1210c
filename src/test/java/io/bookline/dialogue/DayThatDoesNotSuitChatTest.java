package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Tuesday doesn't work after all" of a booking on Tuesday is a booking that cannot be kept: the
 * customer is offered to cancel it, and "can we do Thursday instead?" then moves it; a day said
 * when asked whether to cancel ("Donnerstag geht auch?") is a move of that booking, and "mejor el
 * miércoles a la misma hora" moves the one booking. Each ends with one booking, moved, never a
 * second one. In English, German and Spanish over the web chat on Postgres; Friday 27 Nov 2026,
 * 10:00; the demo studio; a Pedicure booked on Tuesday 1 Dec at 14:00.
 */
class DayThatDoesNotSuitChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on tuesday at 2pm | Lena Fischer | yes | tuesday doesn't work after all"
            + " | Cancel your Pedicure on Tue 1 Dec at 14:00 | can we do thursday instead?"
            + " | Free times for Pedicure on Thu 3 Dec | 3pm | yes | 2026-12-03T15:00",
        "Ich hätte gern eine Pediküre am Dienstag um 14 Uhr | Jonas Weber | ja"
            + " | Dienstag klappt doch nicht | Möchten Sie Pediküre am Dienstag, 1. Dezember um"
            + " 14:00 | können wir stattdessen Donnerstag machen? | Freie Termine für Pediküre am"
            + " Donnerstag, 3. Dezember | 15 Uhr | ja | 2026-12-03T15:00",
        "quiero una pedicura el martes a las 14 | Lucía García | sí"
            + " | al final el martes no me viene bien | ¿Quieres cancelar Pedicura el martes 1 de"
            + " diciembre a las 14:00 | mejor el miércoles a la misma hora | ¿Cambio tu Pedicura"
            + " del martes 1 de diciembre a las 14:00 al miércoles 2 de diciembre a las 14:00"
            + " | sí | sí | 2026-12-02T14:00",
      })
  void a_booked_day_that_does_not_suit_is_offered_to_cancel_and_then_moved(
      String request,
      String name,
      String yes,
      String doesNotSuit,
      String cancelOffer,
      String instead,
      String moveReply,
      String time,
      String confirm,
      String movedTo) {
    chat.book("c", request, name, yes);
    assertThat(app.say("c", doesNotSuit)).contains(cancelOffer);
    assertThat(app.say("c", instead)).contains(moveReply);
    app.say("c", time);
    app.say("c", confirm);
    assertThat(bookings()).containsExactly("confirmed " + movedTo);
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on tuesday at 2pm | Lena Fischer | yes | cancel my appointment"
            + " | and wednesday? | Free times for Pedicure on Wed 2 Dec | same time"
            + " | Move your Pedicure from Tue 1 Dec at 14:00 to Wed 2 Dec at 14:00 | yes"
            + " | 2026-12-02T14:00",
        "Ich hätte gern eine Pediküre am Dienstag um 14 Uhr | Jonas Weber | ja"
            + " | bitte meinen Termin stornieren | Donnerstag geht auch? | Freie Termine für"
            + " Pediküre am Donnerstag, 3. Dezember | gleiche Zeit | von Dienstag, 1. Dezember um"
            + " 14:00 auf Donnerstag, 3. Dezember um 14:00 | ja | 2026-12-03T14:00",
        "quiero una pedicura el martes a las 14 | Lucía García | sí | cancela mi cita"
            + " | ¿podría ser el lunes? | Horas libres para Pedicura el lunes 30 de noviembre"
            + " | a la misma hora | ¿Cambio tu Pedicura del martes 1 de diciembre a las 14:00 al"
            + " lunes 30 de noviembre a las 14:00 | sí | 2026-11-30T14:00",
      })
  void a_day_said_when_asked_whether_to_cancel_moves_the_booking_to_it(
      String request,
      String name,
      String yes,
      String cancel,
      String counter,
      String times,
      String sameTime,
      String moveOffer,
      String confirm,
      String movedTo) {
    chat.book("c", request, name, yes);
    app.say("c", cancel);
    assertThat(app.say("c", counter)).contains(times);
    assertThat(app.say("c", sameTime)).contains(moveOffer);
    app.say("c", confirm);
    assertThat(bookings()).containsExactly("confirmed " + movedTo);
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
