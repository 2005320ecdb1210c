package io.bookline.ingress;

import static io.bookline.db.Schema.Bookings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With no DATABASE_URL the app runs its own Postgres, and a restart keeps every booking. */
class EmbeddedRestartTest {
  @Test
  void stopping_and_starting_on_the_embedded_database_keeps_the_booking(@TempDir Path dataDir) {
    MutableClock clock = TestApp.mondayMorning();
    Map<String, String> env = Map.of("BOOKLINE_DATA_DIR", dataDir.toString());
    try (TestApp app = TestApp.start(clock, env)) {
      app.say("keeper", "basic manicure tomorrow at 10");
      app.say("keeper", "Kim");
      assertTrue(app.say("keeper", "yes").startsWith("Booked!"));
    }
    try (TestApp again = TestApp.start(clock, env)) {
      assertEquals(1, again.app().database().dsl().fetchCount(Bookings.T));
      // The demo is not seeded twice, and the remembered name is still known.
      String reply = again.say("keeper", "gel manicure tomorrow at 10");
      // The booking outlived the restart: the customer is told they already have one then.
      assertTrue(
          reply.startsWith(
              "Just so you know: you already have Basic Manicure at 10:00 then. Gel Manicure on"
                  + " Tue 24 Nov at 10:00"),
          reply);
      assertTrue(reply.contains("for Kim"), reply);
    }
  }
}
