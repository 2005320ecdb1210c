package io.bookline.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.bookline.support.FakePlatform;
import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Opt-out (issue 16): a message that is only a stop word suppresses the customer for messages the
 * business starts, with one confirmation; START lifts it; replies to the customer's own messages
 * still go out. A Telegram "bot was blocked" suppresses too, and is recorded.
 */
class OptOutTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final String CUSTOMER = "4917012345678";
  static final String TG_SECRET = "tg-secret";
  static final Instant TUESDAY_10 = Instant.parse("2026-11-24T09:00:00Z");

  @ParameterizedTest(name = "''{0}'' opts out: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "STOP|true",
        "stop|true",
        "Stop.|true",
        " stop |true",
        "STOPP|true",
        "Stopp!|true",
        "BAJA|true",
        "baja|true",
        "UNSUBSCRIBE|true",
        "Unsubscribe|true",
        "stop reminders|true",
        "Keine Erinnerungen|true",
        "abmelden|true",
        "darme de baja|true",
        "¡Baja!|true",
        "no más recordatorios|true",
        "stop, my friend can't come|false",
        "please stop|false",
        "stop by on Friday at 10|false",
        "can you stop my booking|false",
        "stopover|false",
        "bajar|false",
        "start|false",
        "cancel|false",
        "|false"
      })
  void the_keyword_table(String text, boolean stops) {
    assertThat(OptOutWords.stop(text == null ? "" : text)).isEqualTo(stops);
  }

  /** The stop words that mid-booking leave the booking first ("unsubscribe" never does). */
  @ParameterizedTest(name = "''{0}'' also leaves a booking under way: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "STOP|true",
        "Stop.|true",
        "Stopp!|true",
        "parar|true",
        "unsubscribe|false",
        "stop reminders|false",
        "abmelden|false",
        "baja|false",
        "start|false"
      })
  void the_stop_words_that_also_leave(String text, boolean leaves) {
    assertThat(OptOutWords.alsoLeaves(text)).isEqualTo(leaves);
  }

  @ParameterizedTest(name = "''{0}'' opts back in: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "START|true",
        "start|true",
        "Start!|true",
        "starten|true",
        "alta|true",
        "start again tomorrow at 10|false",
        "stop|false"
      })
  void the_start_words(String text, boolean starts) {
    assertThat(OptOutWords.start(text)).isEqualTo(starts);
  }

  final FakePlatform platform = new FakePlatform();
  final MutableClock clock = TestApp.mondayMorning();
  TestApp app;
  long sent = TestApp.MONDAY_8AM_BERLIN.getEpochSecond();

  @BeforeEach
  void start() {
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("TELEGRAM_BOT_TOKEN", "123:abc");
    env.put("TELEGRAM_SECRET_TOKEN", TG_SECRET);
    env.put("TELEGRAM_API_BASE_URL", platform.base("tg"));
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    app = TestApp.start(clock, env);
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

  String whatsapp(String text) {
    int before = platform.calls("whatsapp").size();
    long at = next();
    byte[] body = WhatsApp.text("wamid." + at, CUSTOMER, text, at);
    assertThat(WhatsApp.post(app, body).status()).isEqualTo(200);
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() > before);
    var call = platform.calls("whatsapp").get(before).body();
    return call.path("text")
        .path("body")
        .asText(call.path("interactive").path("body").path("text").asText());
  }

  void telegram(String text) {
    long at = next();
    String update =
        "{\"update_id\":%d,\"message\":{\"message_id\":%d,\"date\":%d,\"chat\":{\"id\":777,\"type\":\"private\"},\"from\":{\"id\":777,\"is_bot\":false,\"first_name\":\"T\"},\"text\":\"%s\"}}"
            .formatted(at, at, at, text);
    var r =
        app.postRaw(
            "/webhooks/telegram/demo",
            update.getBytes(StandardCharsets.UTF_8),
            Map.of("X-Telegram-Bot-Api-Secret-Token", TG_SECRET));
    assertThat(r.status()).isEqualTo(200);
    await()
        .atMost(WAIT)
        .until(
            () ->
                "done"
                    .equals(
                        db().fetchValue(
                                "select status from inbox where platform_message_id = ?",
                                "demo:" + at)));
  }

  @Test
  void stop_suppresses_reminders_with_one_confirmation_and_replies_still_go_out() {
    whatsapp("I'd like a basic manicure tomorrow at 10");
    whatsapp("Sam");
    assertThat(whatsapp("yes")).startsWith("Booked!");
    assertThat(whatsapp("STOP"))
        .isEqualTo(
            "You won't get reminders from Demo Nail Studio any more. Write START to get them"
                + " again.");
    assertThat(db().fetchValue("select suppressed_reason from customers")).isEqualTo("opted_out");
    assertThat(whatsapp("what are your opening hours?")).isNotBlank();

    int before = platform.calls("whatsapp").size();
    clock.set(TUESDAY_10.minus(Duration.ofDays(1)).plusSeconds(30));
    app.app().reminders().runOnce();
    assertThat(db().fetchValue("select status || ':' || reason from reminders"))
        .isEqualTo("skipped:opted_out");
    await()
        .during(Duration.ofSeconds(1))
        .atMost(WAIT)
        .until(() -> platform.calls("whatsapp").size() == before);
    assertThat(app.app().metrics().counter("bookline.optouts", "action", "stop").count())
        .isEqualTo(1.0);
    assertThat(
            app.app()
                .metrics()
                .counter("bookline.reminders.skipped", "reason", "opted_out")
                .count())
        .isEqualTo(1.0);

    assertThat(whatsapp("START")).isEqualTo("You'll get reminders from Demo Nail Studio again.");
    assertThat(db().fetchValue("select suppressed_at is null from customers")).isEqualTo(true);
  }

  /**
   * In the middle of a booking a bare "stop" means "stop this": the booking is left, nothing is
   * suppressed, and the customer learns that STOP again stops reminders. "unsubscribe" is never the
   * dialogue's.
   */
  @Test
  void a_bare_stop_mid_booking_leaves_the_booking_and_a_second_stop_opts_out() {
    assertThat(whatsapp("I'd like a basic manicure tomorrow"))
        .startsWith("Free times for Basic Manicure on Tue 24 Nov:");
    assertThat(whatsapp("stop"))
        .isEqualTo("OK, nothing changed. To stop reminders, write STOP again.");
    assertThat(db().fetchValue("select count(*) from customers where suppressed_at is not null"))
        .isEqualTo(0L);
    assertThat(whatsapp("STOP"))
        .isEqualTo(
            "You won't get reminders from Demo Nail Studio any more. Write START to get them"
                + " again.");
    assertThat(db().fetchValue("select suppressed_reason from customers")).isEqualTo("opted_out");
  }

  @Test
  void unsubscribe_mid_booking_opts_out_at_once() {
    assertThat(whatsapp("Ich hätte gern eine Pediküre morgen")).startsWith("Freie Termine");
    assertThat(whatsapp("abmelden"))
        .isEqualTo(
            "Sie bekommen keine Erinnerungen mehr von Demo Nail Studio. Schreiben Sie START, um"
                + " sie wieder zu bekommen.");
    assertThat(db().fetchValue("select suppressed_reason from customers")).isEqualTo("opted_out");
  }

  @Test
  void start_from_a_customer_who_never_stopped_is_how_a_chat_begins_and_gets_the_greeting() {
    // Telegram sends "/start" when someone opens the bot for the first time.
    telegram("/start");
    await().atMost(WAIT).until(() -> platform.calls("telegram").size() >= 1);
    assertThat(platform.calls("telegram").get(0).body().path("text").asText())
        .startsWith("Hi! This is Demo Nail Studio.");
    assertThat(whatsapp("START")).startsWith("Hi! This is Demo Nail Studio.");
    assertThat(db().fetchValue("select count(*) from customers where suppressed_at is not null"))
        .isEqualTo(0L);
    assertThat(app.app().metrics().counter("bookline.optouts", "action", "start").count())
        .isEqualTo(0.0);
  }

  @Test
  void a_telegram_user_who_blocked_the_bot_gets_no_reminder_and_the_suppression_is_recorded() {
    telegram("I'd like a basic manicure tomorrow at 10");
    telegram("Sam");
    telegram("yes");
    assertThat(db().fetchValue("select count(*) from bookings where status = 'confirmed'"))
        .isEqualTo(1L);
    await().atMost(WAIT).until(() -> platform.calls("telegram").size() >= 3);
    // The customer blocks the bot; the next reply is refused with 403.
    platform.then(
        new FakePlatform.Answer(
            403,
            "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the"
                + " user\"}",
            null));
    telegram("what are your prices?");
    await()
        .atMost(WAIT)
        .until(() -> "blocked".equals(db().fetchValue("select suppressed_reason from customers")));
    int calls = platform.calls("telegram").size();

    clock.set(TUESDAY_10.minus(Duration.ofDays(1)).plusSeconds(30));
    app.app().reminders().runOnce();
    assertThat(db().fetchValue("select status || ':' || reason from reminders"))
        .isEqualTo("skipped:blocked");
    await()
        .during(Duration.ofSeconds(1))
        .atMost(WAIT)
        .until(() -> platform.calls("telegram").size() == calls);
    assertThat(app.app().metrics().counter("bookline.optouts", "action", "blocked").count())
        .isEqualTo(1.0);
  }
}
