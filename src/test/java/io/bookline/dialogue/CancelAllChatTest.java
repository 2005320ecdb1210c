package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chat review, over the web chat on Postgres: "please cancel all my appointments", or "all of them"
 * / "both" / "alle" / "todas" to the list of which one, asks once to cancel every booking named and
 * a yes cancels each (ADR 0081). Friday 27 Nov 2026, 10:00; the demo studio. The tests share one
 * app, so each books its own days and times: none changes another's free times, in any order.
 */
class CancelAllChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  private static int confirmed(String user) {
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
                .where("u.platform_user_id = ? and b.status = 'confirmed'", user));
  }

  private static void bookTwo(String user, String first, String second, String yes) {
    ChatBookings.book(app, user, first, yes);
    ChatBookings.book(app, user, second, yes);
    assertThat(confirmed(user)).isEqualTo(2);
  }

  @Test
  void cancel_all_my_appointments_asks_once_and_a_yes_cancels_both() {
    bookTwo("Lena", "pedicure tuesday 10am", "gel manicure thursday at 4pm", "yes");
    String ask = app.say("Lena", "please cancel all my appointments");
    assertThat(ask)
        .startsWith("Cancel all 2: Pedicure on Tue 1 Dec at 10:00")
        .contains(" and Gel Manicure on Thu 3 Dec at 16:00")
        .endsWith("?");
    assertThat(app.say("Lena", "yes"))
        .startsWith("Cancelled all 2: Pedicure on Tue 1 Dec at 10:00")
        .contains(" and Gel Manicure on Thu 3 Dec at 16:00");
    assertThat(confirmed("Lena")).isZero();
  }

  @Test
  void all_of_them_or_both_answers_the_list_of_which_one() {
    bookTwo("Zoe", "pedicure wednesday 10am", "gel manicure friday at 4pm", "yes");
    assertThat(app.say("Zoe", "cancel my appointment"))
        .startsWith("Which appointment would you like to cancel?");
    assertThat(app.say("Zoe", "both")).startsWith("Cancel all 2: ");
    assertThat(app.say("Zoe", "no")).isEqualTo("OK, I've kept your appointments.");
    assertThat(confirmed("Zoe")).isEqualTo(2);
    app.say("Zoe", "cancel my appointment");
    assertThat(app.say("Zoe", "all of them")).startsWith("Cancel all 2: ");
    assertThat(app.say("Zoe", "yes")).startsWith("Cancelled all 2: ");
    assertThat(confirmed("Zoe")).isZero();
  }

  @Test
  void alle_and_todas_in_german_and_spanish() {
    bookTwo("Jonas", "Pediküre Montag um 10 Uhr", "Gel-Maniküre Mittwoch um 16 Uhr", "ja");
    app.say("Jonas", "ich möchte meinen Termin absagen");
    assertThat(app.say("Jonas", "alle")).startsWith("Alle 2 Termine absagen: ");
    assertThat(app.say("Jonas", "ja")).startsWith("Ich habe alle 2 Termine abgesagt: ");
    assertThat(confirmed("Jonas")).isZero();

    bookTwo("Lucía", "pedicura el lunes a las 12", "manicura de gel el jueves a las 12", "sí");
    assertThat(app.say("Lucía", "cancela todas mis citas")).startsWith("¿Cancelo las 2 citas: ");
    assertThat(app.say("Lucía", "sí")).startsWith("He cancelado las 2 citas: ");
    assertThat(confirmed("Lucía")).isZero();
  }
}
