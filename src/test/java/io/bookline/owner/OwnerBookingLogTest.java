package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.bookline.support.LogCapture;
import io.bookline.support.TestApp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's promise: each booking made, moved or cancelled writes an INFO line, as the chat's do
 * ("booking 7 made"). Owner-API changes write it too, saying they came through the owner API and
 * with which key: the key's id, never the key. Over HTTP on Postgres.
 */
class OwnerBookingLogTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  private static List<String> lines(LogCapture logs) {
    return logs.events().stream()
        .filter(e -> e.getLevel() == Level.INFO)
        .map(ILoggingEvent::getFormattedMessage)
        .filter(m -> m.startsWith("booking "))
        .toList();
  }

  @Test
  void each_owner_change_writes_one_info_line_naming_the_key_id_and_never_the_key() {
    var issued = app.as(TestApp.ADMIN_KEY, "demo").post("/api/keys", "{\"label\":\"desk\"}");
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    long keyId = issued.json().get("id").asLong();
    String key = issued.json().get("apiKey").asText();
    var owner = app.as(key);
    long service = OwnerApiSteps.serviceId(app, "Basic Manicure");

    try (LogCapture logs = new LogCapture()) {
      long future = OwnerApiSteps.book(owner, service, "2026-11-24T16:00", "Nora");
      assertThat(
              owner.patch("/api/bookings/" + future, "{\"start\":\"2026-11-24T17:00\"}").status())
          .isEqualTo(200);
      assertThat(owner.post("/api/bookings/" + future + "/cancel", "{}").status()).isEqualTo(200);
      long past = OwnerApiSteps.book(owner, service, "2026-11-20T16:00", "Nora");
      assertThat(owner.post("/api/bookings/" + past + "/no-show", "").status()).isEqualTo(200);
      assertThat(
              app.as(TestApp.ADMIN_KEY, "demo")
                  .delete("/api/bookings/" + past + "/no-show")
                  .status())
          .isEqualTo(200);

      String by = " through the owner API (key " + keyId + ")";
      assertThat(lines(logs))
          .containsExactly(
              "booking " + future + " made" + by,
              "booking " + future + " moved" + by,
              "booking " + future + " cancelled" + by,
              "booking " + past + " made" + by,
              "booking " + past + " marked as a no-show" + by,
              "booking "
                  + past
                  + " no longer marked as a no-show through the owner API"
                  + " (operator key)");
      assertThat(logs.events())
          .noneMatch(e -> e.getFormattedMessage().contains(key))
          .noneMatch(e -> e.getMDCPropertyMap().containsValue(key));
    }
  }
}
