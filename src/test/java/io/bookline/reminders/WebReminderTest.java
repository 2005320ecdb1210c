package io.bookline.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web chat cannot be written to first (issue 16): a web customer's reminder is settled once,
 * kept in the transcript with its buttons for when the chat is next opened, and nothing is queued.
 */
class WebReminderTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @Test
  void a_web_reminder_waits_in_the_transcript_with_its_buttons_and_nothing_is_queued() {
    app.say("webby", "I'd like a pedicure tomorrow at 10");
    app.say("webby", "Wendy");
    assertThat(app.say("webby", "yes")).startsWith("Booked!");
    app.clock().set(Instant.parse("2026-11-24T09:00:00Z").minus(Duration.ofDays(1)).plusSeconds(5));
    app.app().reminders().runOnce();
    app.app().reminders().runOnce();
    var db = app.app().database().dsl();
    assertThat(db.fetchValue("select status || ':' || reason from reminders"))
        .isEqualTo("sent:transcript");
    assertThat(db.fetchCount(db.selectFrom("outbox"))).isZero();
    assertThat(
            db.fetchValue(
                "select content_text || ' ' || (metadata ->> 'options') from messages"
                    + " where provider = 'reminder'"))
        .isEqualTo(
            "Reminder from Demo Nail Studio: your Pedicure is on Tue 24 Nov at 10:00. Will you"
                + " make it? [\"Keep\", \"Cancel\", \"Move\"]");
  }
}
