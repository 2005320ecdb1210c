package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.bookline.support.FakePlatform;
import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A customer who asked for a person is not left in silence (chat review 2, F12): the bot says when
 * the business opens if it is closed, tells every message that it reached the team until a person
 * has written (ADR 0064), then stays quiet while a person is writing, and tells a customer who has
 * waited half an hour that their message reached the team. It never answers for the person.
 */
class WaitingForAPersonTest {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final String CUSTOMER = "4917012345678";

  final FakePlatform platform = new FakePlatform();
  final MutableClock clock = TestApp.mondayMorning();
  TestApp app;
  long sent = TestApp.MONDAY_8AM_BERLIN.getEpochSecond();

  @BeforeEach
  void start() {
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
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

  /** Sends one WhatsApp message, waits until it is handled; returns what the bot sent for it. */
  List<String> whatsapp(String text) {
    int before = platform.calls("whatsapp").size();
    sent = Math.max(sent + 1, clock.instant().getEpochSecond());
    String id = "wamid." + sent;
    assertThat(WhatsApp.post(app, WhatsApp.text(id, CUSTOMER, text, sent)).status()).isEqualTo(200);
    await()
        .atMost(WAIT)
        .until(
            () ->
                "done"
                    .equals(
                        db().fetchValue(
                                "select status from inbox where platform_message_id = ?", id)));
    // Its replies, if any, are sent once the outbox holds nothing unsent.
    await()
        .atMost(WAIT)
        .until(
            () ->
                db().fetchCount(
                            io.bookline.db.Schema.Outbox.T,
                            io.bookline.db.Schema.Outbox.STATUS.ne("sent"))
                    == 0);
    return platform.calls("whatsapp").subList(before, platform.calls("whatsapp").size()).stream()
        .map(c -> c.body().path("text").path("body").asText(c.body().toString()))
        .toList();
  }

  @Test
  void the_customer_learns_when_the_team_can_answer_and_is_told_again_only_after_a_quiet_while() {
    // Monday 08:00 in Berlin: the studio opens at 09:00.
    assertThat(whatsapp("I want to talk to a person"))
        .containsExactly(
            "OK, I've asked a member of the team to take over. They'll reply here as soon as they"
                + " can. We're closed right now and open again today at 09:00.");
    clock.advance(Duration.ofMinutes(10));
    // Nobody has written yet: told again, not left in silence (ADR 0064).
    assertThat(whatsapp("hello? is anyone there?"))
        .as("no person has written yet")
        .containsExactly(
            "Your message has reached the team. A person will reply here as soon as they can."
                + " We're closed right now and open again today at 09:00.");

    clock.advance(Duration.ofMinutes(25));
    assertThat(whatsapp("hello??"))
        .containsExactly(
            "Your message has reached the team. A person will reply here as soon as they can."
                + " We're closed right now and open again today at 09:00.");

    // 09:05: a person writes; the customer answers them, and the bot keeps out of it.
    clock.advance(Duration.ofMinutes(30));
    long conversation = ((Number) db().fetchValue("select id from conversations")).longValue();
    var reply =
        app.as(TestApp.ADMIN_KEY, "demo")
            .post(
                "/api/conversations/" + conversation + "/reply",
                "{\"text\":\"Hi, Anna here. How can I help?\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() == 4);
    clock.advance(Duration.ofMinutes(20));
    assertThat(whatsapp("can I bring my daughter?")).as("a person wrote 20 minutes ago").isEmpty();

    // An hour after the person's last word: open now, so no opening time.
    clock.advance(Duration.ofMinutes(40));
    assertThat(whatsapp("hello?"))
        .containsExactly(
            "Your message has reached the team. A person will reply here as soon as they can.");
    assertThat(
            db().fetchCount(
                    io.bookline.db.Schema.Messages.T,
                    io.bookline.db.Schema.Messages.DIRECTION.eq("in")))
        .as("every message is kept for the person")
        .isEqualTo(5);
  }
}
