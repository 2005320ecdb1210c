package io.bookline.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.FakePlatform;
import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Telegram reminder (issue 16): an inline keyboard whose callback data are the actions; a press
 * of Cancel is acknowledged, cancels once and is answered once.
 */
class TelegramReminderTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final String TG_SECRET = "tg-secret";
  static final Instant TUESDAY_10 = Instant.parse("2026-11-24T09:00:00Z");

  final FakePlatform platform = new FakePlatform();
  final MutableClock clock = TestApp.mondayMorning();
  TestApp app;
  long sent = TestApp.MONDAY_8AM_BERLIN.getEpochSecond();

  @BeforeEach
  void start() {
    app =
        TestApp.start(
            clock,
            Map.of(
                "TELEGRAM_BOT_TOKEN",
                "123:abc",
                "TELEGRAM_SECRET_TOKEN",
                TG_SECRET,
                "TELEGRAM_API_BASE_URL",
                platform.base("tg"),
                "DATABASE_URL",
                TestPostgres.freshDatabase()));
  }

  @AfterEach
  void stop() {
    app.close();
    platform.close();
  }

  DSLContext db() {
    return app.app().database().dsl();
  }

  long next() {
    sent = Math.max(sent + 1, clock.instant().getEpochSecond());
    return sent;
  }

  void update(String json) {
    int before = platform.calls("telegram").size();
    assertThat(
            app.postRaw(
                    "/webhooks/telegram/demo",
                    json.getBytes(StandardCharsets.UTF_8),
                    Map.of("X-Telegram-Bot-Api-Secret-Token", TG_SECRET))
                .status())
        .isEqualTo(200);
    await().atMost(WAIT).until(() -> platform.calls("telegram").size() > before);
  }

  void say(String text) {
    long at = next();
    update(
        ("{\"update_id\":%d,\"message\":{\"message_id\":%d,\"date\":%d,\"chat\":{\"id\":777,"
                + "\"type\":\"private\"},\"from\":{\"id\":777,\"is_bot\":false,\"first_name\":\"T\"},"
                + "\"text\":\"%s\"}}")
            .formatted(at, at, at, text));
  }

  void press(String data) {
    long at = next();
    update(
        ("{\"update_id\":%d,\"callback_query\":{\"id\":\"cq%d\",\"from\":{\"id\":777,"
                + "\"is_bot\":false,\"first_name\":\"T\"},\"message\":{\"message_id\":5,\"date\":%d,"
                + "\"chat\":{\"id\":777,\"type\":\"private\"},\"text\":\"Reminder\"},"
                + "\"chat_instance\":\"1\",\"data\":\"%s\"}}")
            .formatted(at, at, at, data));
  }

  @Test
  void the_reminder_is_an_inline_keyboard_and_a_press_of_cancel_acts_once() {
    say("I'd like a basic manicure tomorrow at 10");
    say("Sam");
    say("yes");
    assertThat(db().fetchValue("select status from bookings")).isEqualTo("confirmed");
    int before = platform.calls("telegram").size();
    clock.set(TUESDAY_10.minus(Duration.ofDays(1)).plusSeconds(30));
    app.app().reminders().runOnce();
    await().atMost(WAIT).until(() -> platform.calls("telegram").size() == before + 1);
    JsonNode reminder = platform.calls("telegram").getLast().body();
    assertThat(reminder.path("text").asText())
        .startsWith("Reminder from Demo Nail Studio: your Basic Manicure");
    List<String> data = new ArrayList<>();
    reminder
        .path("reply_markup")
        .path("inline_keyboard")
        .forEach(row -> row.forEach(b -> data.add(b.path("callback_data").asText())));
    long id = ((Number) db().fetchValue("select id from reminders")).longValue();
    assertThat(data).containsExactly("bk:keep:" + id, "bk:cancel:" + id, "bk:move:" + id);

    press("bk:cancel:" + id);
    press("bk:cancel:" + id);
    await()
        .atMost(WAIT)
        .until(() -> db().fetchCount(db().selectFrom("inbox").where("status = 'done'")) == 5);
    await()
        .atMost(WAIT)
        .until(() -> db().fetchCount(db().selectFrom("outbox").where("status = 'pending'")) == 0);
    var after = platform.calls("telegram").subList(before + 1, platform.calls("telegram").size());
    assertThat(after.stream().filter(c -> c.path().endsWith("/answerCallbackQuery")).count())
        .as("each press is acknowledged")
        .isEqualTo(2);
    assertThat(after.stream().filter(c -> c.path().endsWith("/sendMessage")).toList())
        .as("one reply for two presses")
        .hasSize(1);
    assertThat(db().fetchValue("select status from bookings")).isEqualTo("cancelled");
  }

  @Test
  void cancel_typed_instead_of_pressed_cancels_as_the_press_does() {
    say("I'd like a basic manicure tomorrow at 10");
    say("Sam");
    say("yes");
    int before = platform.calls("telegram").size();
    clock.set(TUESDAY_10.minus(Duration.ofDays(1)).plusSeconds(30));
    app.app().reminders().runOnce();
    await().atMost(WAIT).until(() -> platform.calls("telegram").size() == before + 1);

    say("Cancel");
    assertThat(platform.calls("telegram").getLast().body().path("text").asText())
        .isEqualTo(
            "Your Basic Manicure on Tue 24 Nov at 10:00 is cancelled. Write here if you'd like"
                + " another time.");
    assertThat(db().fetchValue("select status from bookings")).isEqualTo("cancelled");
  }

  @Test
  void a_press_of_move_offers_the_day_buttons_that_asking_to_move_offers() {
    say("I'd like a basic manicure tomorrow at 10");
    say("Sam");
    say("yes");
    say("I need to move my appointment");
    List<String> typed = buttons(platform.calls("telegram").getLast().body());
    assertThat(typed).containsExactly("Today", "Tomorrow", "Wednesday", "Thursday");
    say("stop");
    int before = platform.calls("telegram").size();
    clock.set(TUESDAY_10.minus(Duration.ofDays(1)).plusSeconds(30));
    app.app().reminders().runOnce();
    await().atMost(WAIT).until(() -> platform.calls("telegram").size() == before + 1);
    long id = ((Number) db().fetchValue("select id from reminders")).longValue();

    press("bk:move:" + id);
    await()
        .atMost(WAIT)
        .until(
            () ->
                platform.calls("telegram").stream()
                    .anyMatch(c -> c.body().path("text").asText().startsWith("Let's move")));
    JsonNode moving =
        platform.calls("telegram").stream()
            .filter(c -> c.body().path("text").asText().startsWith("Let's move"))
            .findFirst()
            .orElseThrow()
            .body();
    assertThat(buttons(moving)).as("the days asking in words offers").isEqualTo(typed);
  }

  static List<String> buttons(JsonNode call) {
    List<String> out = new ArrayList<>();
    call.path("reply_markup")
        .path("inline_keyboard")
        .forEach(row -> row.forEach(b -> out.add(b.path("text").asText())));
    return out;
  }
}
