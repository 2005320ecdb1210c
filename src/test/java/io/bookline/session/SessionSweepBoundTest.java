package io.bookline.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ADR 0112 over the web chat on Postgres: a warm turn's session update leaves every indexed column
 * as it was, so Postgres writes it in place (HOT); the session still expires exactly the TTL after
 * the customer's last message; the clean-up finds expired rows by {@code sweep_after}, the bound a
 * turn moves only when {@code expires_at} has passed it, and deletes a row only once {@code
 * expires_at} has passed too.
 */
class SessionSweepBoundTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase("SESSION_TTL", "2h");
  final MutableClock clock = app.clock();

  DSLContext db() {
    return app.app().database().dsl();
  }

  Instant column(String user, String column) {
    return db().resultQuery("select s." + column + " from sessions s" + OF_USER, user)
        .fetchOne(0, OffsetDateTime.class)
        .toInstant();
  }

  Long service(String user) {
    return db().resultQuery(
            "select (s.state ->> 'serviceId')::bigint from sessions s" + OF_USER, user)
        .fetchOne(0, Long.class);
  }

  static final String OF_USER =
      " join conversations v on v.id = s.conversation_id"
          + " join customers c on c.id = v.customer_id where c.platform_user_id = ?";

  /** Postgres counts a backend's updates when it goes idle, at most once a second. */
  long hotUpdates() throws InterruptedException {
    long hot = 0;
    for (int i = 0; i < 40 && hot == 0; i++) {
      Thread.sleep(250);
      hot =
          db().resultQuery(
                  "select n_tup_hot_upd from pg_stat_user_tables where relname = 'sessions'")
              .fetchOne(0, Long.class);
    }
    return hot;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "en, gel manicure, tomorrow, what are your opening hours?",
    "de, Ich hätte gern eine Gelmaniküre, morgen, Wann habt ihr geöffnet?",
    "es, quiero una manicura básica, mañana, ¿cuál es vuestro horario?",
  })
  void a_warm_turn_rewrites_the_session_in_place(
      String language, String service, String day, String question) throws Exception {
    String user = "hot-" + language;
    app.say(user, service);
    clock.advance(Duration.ofMinutes(20));
    app.say(user, day);
    clock.advance(Duration.ofMinutes(1));
    app.say(user, question);
    assertThat(hotUpdates()).as("session updates written in place").isGreaterThanOrEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "en, gel manicure, tomorrow, what are your opening hours?",
    "de, Ich hätte gern eine Gelmaniküre, morgen, Wann habt ihr geöffnet?",
    "es, quiero una manicura básica, mañana, ¿cuál es vuestro horario?",
  })
  void the_session_expires_the_ttl_after_the_last_message_whatever_the_bound(
      String language, String service, String day, String question) {
    String user = "ttl-" + language;
    Instant start = clock.instant();
    app.say(user, service);
    assertThat(service(user)).as("the goal has its service").isNotNull();
    assertThat(column(user, "expires_at")).isEqualTo(start.plus(Duration.ofHours(2)));
    assertThat(column(user, "sweep_after")).isEqualTo(start.plus(Duration.ofMinutes(150)));

    clock.advance(Duration.ofMinutes(20));
    app.say(user, day);
    assertThat(column(user, "expires_at"))
        .as("exact: two hours after this message")
        .isEqualTo(start.plus(Duration.ofMinutes(140)));
    assertThat(column(user, "sweep_after"))
        .as("the bound is still ahead of expires_at, so it stays")
        .isEqualTo(start.plus(Duration.ofMinutes(150)));

    // 1 h 59 after the last message: past the first message's two hours, within the last one's.
    clock.advance(Duration.ofMinutes(119));
    app.say(user, question);
    assertThat(service(user)).as("the goal goes on at 1 h 59").isNotNull();
    assertThat(column(user, "expires_at")).isEqualTo(start.plus(Duration.ofMinutes(259)));
    assertThat(column(user, "sweep_after"))
        .as("expires_at went past the bound, which moves a quarter of the TTL beyond it")
        .isEqualTo(start.plus(Duration.ofMinutes(289)));

    // 2 h 1 after the last message: the goal is gone.
    clock.advance(Duration.ofMinutes(121));
    app.say(user, day);
    assertThat(service(user)).as("expired at two hours: the service is forgotten").isNull();
  }

  @Test
  void the_clean_up_deletes_a_row_once_its_bound_and_its_expiry_have_passed() {
    Instant start = clock.instant();
    app.say("sue", "gel manicure");
    var cleaner = new SessionCleaner(db(), clock);
    // expires_at start + 2 h, sweep_after start + 2 h 30; rows are kept 5 minutes past both.
    clock.set(start.plus(Duration.ofMinutes(126)));
    assertThat(cleaner.runOnce()).as("expired, but the bound has not passed").isZero();
    clock.set(start.plus(Duration.ofMinutes(156)));
    assertThat(cleaner.runOnce()).isEqualTo(1);
  }

  @Test
  void rows_a_release_before_wrote_are_cleaned_by_their_exact_expiry() {
    Instant start = clock.instant();
    app.say("old-insert", "gel manicure");
    app.say("old-update", "gel manicure");
    // A release before this one inserts without sweep_after (its default) ...
    db().execute(
            "update sessions s set sweep_after = default from conversations v, customers c"
                + " where v.id = s.conversation_id and c.id = v.customer_id"
                + " and c.platform_user_id = 'old-insert'");
    // ... and moves expires_at alone, past the bound.
    db().execute(
            "update sessions s set expires_at = sweep_after + interval '1 hour' from conversations v,"
                + " customers c where v.id = s.conversation_id and c.id = v.customer_id"
                + " and c.platform_user_id = 'old-update'");
    var cleaner = new SessionCleaner(db(), clock);
    clock.set(start.plus(Duration.ofMinutes(60)));
    assertThat(cleaner.runOnce()).as("both live").isZero();
    clock.set(start.plus(Duration.ofMinutes(126)));
    assertThat(cleaner.runOnce()).as("the inserted row, by its expiry").isEqualTo(1);
    clock.set(start.plus(Duration.ofMinutes(156)));
    assertThat(cleaner.runOnce()).as("the other is live until 3 h 30").isZero();
    clock.set(start.plus(Duration.ofMinutes(216)));
    assertThat(cleaner.runOnce()).isEqualTo(1);
  }
}
