package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A conversation's last message time is the app's clock, from its very first message: the new row
 * took Postgres {@code now()}, so an app on another clock (a test's, or a host whose database clock
 * differs) listed a brand-new conversation at the database's time and sorted it among the others by
 * it. The clock here stands years from the real one. Web chat and owner API on Postgres.
 */
class NewConversationOnTheAppClockTest {
  private static final Instant FAR = Instant.parse("2031-06-02T08:15:00Z");

  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FAR);

  private Instant lastMessageAt(String user) {
    TestApp.Response res = app.as(TestApp.ADMIN_KEY, "demo").get("/api/conversations");
    assertThat(res.status()).as(res.body()).isEqualTo(200);
    for (JsonNode c : res.json().get("conversations")) {
      if (c.get("customer").asText().equals(user)) {
        return OffsetDateTime.parse(c.get("lastMessageAt").asText()).toInstant();
      }
    }
    throw new AssertionError("no conversation of " + user + " in " + res.body());
  }

  @Test
  void a_new_conversation_is_listed_at_the_app_clocks_time_of_its_first_message() {
    app.say("nina", "hi");

    assertThat(lastMessageAt("nina")).isEqualTo(FAR);
  }

  @Test
  void a_later_message_moves_it_on_to_the_app_clocks_time_of_that_message() {
    app.say("omar", "hallo");
    app.clock().advance(Duration.ofMinutes(7));

    app.say("omar", "Pediküre am Mittwoch");

    assertThat(lastMessageAt("omar")).isEqualTo(FAR.plus(Duration.ofMinutes(7)));
  }
}
