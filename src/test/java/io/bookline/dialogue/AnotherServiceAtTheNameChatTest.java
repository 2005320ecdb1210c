package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chat review, over the web chat on Postgres: "and a gel manicure thursday at 4pm" while the bot
 * asks for the name keeps the pedicure being set up and asks about the gel manicure once it is
 * booked, as when both are named in one message (ADR 0081). Friday 27 Nov 2026, 10:00; the demo
 * studio. The tests share one app: the second books nothing and asks about other days, and the
 * first counts only its own customer's bookings, so they pass in either order.
 */
class AnotherServiceAtTheNameChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @Test
  void and_a_second_service_at_the_name_step_keeps_the_first_and_queues_the_second() {
    assertThat(app.say("zoe", "pedicure tuesday 10am"))
        .isEqualTo(
            "Pedicure on Tue 1 Dec at 10:00 is free. What name should I put the booking under?");
    assertThat(app.say("zoe", "and a gel manicure thursday at 4pm"))
        .isEqualTo(
            "One booking at a time: I'll ask about Gel Manicure once this one is booked. What name"
                + " should I put the booking under?");
    assertThat(app.say("zoe", "Zoe"))
        .startsWith("Pedicure on Tue 1 Dec at 10:00 with Anna for Zoe");
    assertThat(app.say("zoe", "yes"))
        .startsWith("Booked! Pedicure on Tue 1 Dec at 10:00")
        .endsWith("You also mentioned Gel Manicure. Shall I book that too?");
    // The day and time said with it are its own (ADR 0087): no need to say them again.
    assertThat(app.say("zoe", "yes"))
        .startsWith("Gel Manicure on Thu 3 Dec at 16:00 with Anna for Zoe");
    assertThat(app.say("zoe", "yes")).startsWith("Booked! Gel Manicure on Thu 3 Dec at 16:00");
    assertThat(zoesBookings()).isEqualTo(2);
  }

  @Test
  void und_eine_and_y_una_queue_the_second_service_too() {
    app.say("jonas", "Pediküre am Mittwoch um 10 Uhr");
    assertThat(app.say("jonas", "und eine Gel-Maniküre am Freitag um 16 Uhr"))
        .isEqualTo(
            "Eins nach dem anderen: Sobald dieser Termin steht, frage ich Sie nach Gel-Maniküre."
                + " Auf welchen Namen darf ich den Termin eintragen?");
    app.say("lucia", "pedicura el miércoles a las 12");
    assertThat(app.say("lucia", "y una manicura de gel el viernes a las 12"))
        .isEqualTo(
            "Vamos cita por cita: cuando esta quede reservada, te pregunto por Manicura de gel."
                + " ¿A nombre de quién hago la reserva?");
  }

  private static int zoesBookings() {
    return app.app()
        .database()
        .dsl()
        .fetchCount(
            app.app()
                .database()
                .dsl()
                .selectOne()
                .from("bookings b")
                .join("customers u")
                .on("u.id = b.customer_id")
                .where("u.platform_user_id = 'zoe'"));
  }
}
