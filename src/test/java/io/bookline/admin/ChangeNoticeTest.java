package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The business's change notice: inside it the chat does not cancel or move a booking, explains the
 * policy and offers a person; outside it nothing changes. Now: Monday 08:00; the booking: Tuesday
 * 10:00, 26 hours ahead.
 */
class ChangeNoticeTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  void notice(int minutes) {
    var rules =
        app.as(TestApp.ADMIN_KEY, "demo")
            .patch("/api/business", "{\"changeNoticeMinutes\": " + minutes + "}");
    assertThat(rules.status()).as(rules.body()).isEqualTo(200);
    assertThat(rules.json().get("changeNoticeMinutes").asInt()).isEqualTo(minutes);
  }

  void book() {
    app.say("maria", "I'd like a basic manicure tomorrow at 10");
    app.say("maria", "Maria");
    assertThat(app.say("maria", "yes")).startsWith("Booked!");
  }

  @Test
  void inside_the_notice_a_cancel_is_refused_with_the_policy_and_a_person_offered() {
    book();
    notice(48 * 60);
    var refused = app.chat("demo", "maria", "please cancel my appointment");
    var reply = refused.json().get("replies").get(0);
    assertThat(reply.get("text").asText())
        .isEqualTo(
            "Your Basic Manicure on Tue 24 Nov at 10:00 with Anna is less than 2 days away, so it can't be"
                + " cancelled here any more. A member of the team can still help you.");
    assertThat(reply.get("options").toString()).isEqualTo("[\"Talk to a person\"]");
    assertThat(app.say("maria", "Talk to a person")).startsWith("OK, I've asked a member");
    assertThat(
            app.app()
                .database()
                .dsl()
                .fetchSingle("select status from bookings")
                .get(0, String.class))
        .isEqualTo("confirmed");
    assertThat(app.getAdmin("/api/conversations?status=handoff").json().get("conversations"))
        .hasSize(1);
  }

  @Test
  void inside_the_notice_a_move_is_refused_and_outside_it_both_work() {
    book();
    notice(27 * 60);
    assertThat(app.say("maria", "can I move my appointment to wednesday?"))
        .startsWith(
            "Your Basic Manicure on Tue 24 Nov at 10:00 with Anna is less than 27 hours away")
        .contains("can't be moved here");
    notice(24 * 60);
    assertThat(app.say("maria", "please cancel my appointment"))
        .isEqualTo("Cancel your Basic Manicure on Tue 24 Nov at 10:00 with Anna?");
    assertThat(app.say("maria", "yes")).startsWith("Cancelled your Basic Manicure");
  }

  @Test
  void a_typed_yes_takes_the_person_offered_and_the_notice_reads_in_whole_units() {
    book();
    notice(2 * 24 * 60);
    assertThat(app.say("maria", "please cancel my appointment"))
        .contains("is less than 2 days away, so it can't be cancelled here any more");
    assertThat(app.say("maria", "yes please connect me")).startsWith("OK, I've asked a member");
    assertThat(app.getAdmin("/api/conversations?status=handoff").json().get("conversations"))
        .hasSize(1);

    // In German, with a notice that is no whole number of hours, and a button that fits WhatsApp.
    app.say("lena", "Ich möchte eine Basic Manicure morgen um 11");
    app.say("lena", "Lena");
    assertThat(app.say("lena", "ja")).startsWith("Gebucht!");
    notice(5000);
    var refused = app.chat("demo", "lena", "Ich möchte meinen Termin stornieren");
    var reply = refused.json().get("replies").get(0);
    assertThat(reply.get("text").asText()).contains("in weniger als 83 Stunden 20 Min.");
    assertThat(reply.get("options").get(0).asText()).hasSizeLessThanOrEqualTo(20);
    assertThat(app.say("lena", "ja")).startsWith("In Ordnung, ich habe jemanden aus dem Team");
    assertThat(app.getAdmin("/api/conversations?status=handoff").json().get("conversations"))
        .hasSize(2);
  }
}
