package io.bookline.session;

import static io.bookline.db.Schema.Conversations;
import static io.bookline.db.Schema.Messages;
import static io.bookline.db.Schema.Sessions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionExpiryTest {
  @Test
  void inactivity_ends_the_goal_and_clean_up_deletes_expired_rows_but_keeps_history() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T07:00:00Z"));
    try (TestApp app =
        TestApp.start(
            clock, Map.of("DATABASE_URL", TestPostgres.freshDatabase(), "SESSION_TTL", "2h"))) {
      assertTrue(
          app.say("sue", "gel manicure").startsWith("Which day would you like your Gel Manicure?"));
      clock.advance(Duration.ofMinutes(119));
      // Still within the TTL: the goal goes on.
      assertTrue(app.say("sue", "tomorrow").startsWith("Free times on Tue 24 Nov"));
      clock.advance(Duration.ofHours(2).plusMinutes(1));
      // Expired: "friday" no longer continues the gel manicure booking.
      String fresh = app.say("sue", "friday");
      assertTrue(fresh.startsWith("Which service would you like?"), fresh);

      var db = app.app().database().dsl();
      var cleaner = new SessionCleaner(db, clock);
      assertEquals(0, cleaner.runOnce(), "the live session is kept");
      clock.advance(Duration.ofHours(3));
      assertEquals(1, cleaner.runOnce());
      assertEquals(0, db.fetchCount(Sessions.T));
      assertEquals(1, db.fetchCount(Conversations.T));
      assertEquals(6, db.fetchCount(Messages.T));
      // The customer can carry on; a new session starts on the same conversation.
      assertTrue(app.say("sue", "hi").startsWith("Hi!"));
      assertEquals(1, db.fetchCount(Conversations.T));
    }
  }
}
