package io.bookline.session;

import static io.bookline.db.Schema.Conversations;
import static io.bookline.db.Schema.Messages;
import static io.bookline.db.Schema.Sessions;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SessionExpiryTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase("SESSION_TTL", "2h");
  final MutableClock clock = app.clock();

  @Test
  void inactivity_ends_the_goal_and_clean_up_deletes_expired_rows_but_keeps_history() {
    assertThat(app.say("sue", "gel manicure"))
        .startsWith("Which day would you like your Gel Manicure?");
    clock.advance(Duration.ofMinutes(119));
    // Still within the TTL: the goal goes on.
    assertThat(app.say("sue", "tomorrow")).startsWith("Free times for Gel Manicure on Tue 24 Nov");
    clock.advance(Duration.ofHours(2).plusMinutes(1));
    // Expired: "friday" no longer continues the gel manicure booking.
    assertThat(app.say("sue", "friday"))
        .startsWith("Got it: Fri 27 Nov. Which service would you like?");

    var db = app.app().database().dsl();
    var cleaner = new SessionCleaner(db, clock);
    assertThat(cleaner.runOnce()).as("the live session is kept").isZero();
    clock.advance(Duration.ofHours(3));
    assertThat(cleaner.runOnce()).isEqualTo(1);
    assertThat(db.fetchCount(Sessions.T)).isZero();
    assertThat(db.fetchCount(Conversations.T)).isEqualTo(1);
    assertThat(db.fetchCount(Messages.T)).isEqualTo(6);
    // The customer can carry on; a new session starts on the same conversation.
    assertThat(app.say("sue", "hi")).startsWith("Hi!");
    assertThat(db.fetchCount(Conversations.T)).isEqualTo(1);
  }
}
