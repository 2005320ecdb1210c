package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff and the bot never both answer a customer (owner tester): a reply to a conversation already
 * handed back to the bot takes it over again and says so, and the bot stays quiet after it. A
 * no-show is final: it cannot be cancelled or moved, so {@code status=no-show} never lists a
 * cancelled booking. Web chat and owner API on Postgres.
 */
class ReplyAfterHandBackTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  static final ChatSteps chat = new ChatSteps(app);

  @Test
  void a_reply_after_the_hand_back_takes_the_conversation_over_and_the_bot_stays_quiet() {
    chat.replies("rita", "I want to talk to a person");
    long id = chat.conversation("rita");
    var released = app.postAdmin("/api/conversations/" + id + "/release", "");
    assertThat(released.status()).as(released.body()).isEqualTo(200);
    chat.assertNotHandedOver("rita");

    var reply =
        app.postAdmin("/api/conversations/" + id + "/reply", "{\"text\":\"One more thing\"}");

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    assertThat(reply.json().get("status").asText()).isEqualTo("handoff");
    assertThat(reply.json().get("tookOver").asBoolean()).isTrue();
    chat.assertHandedOver("rita");
    assertThat(chat.replies("rita", "I want to book a pedicure monday at 10")).isEmpty();

    var again = app.postAdmin("/api/conversations/" + id + "/reply", "{\"text\":\"Still here\"}");
    assertThat(again.status()).as(again.body()).isEqualTo(201);
    assertThat(again.json().get("tookOver").asBoolean()).isFalse();
  }

  @Test
  void a_no_show_cannot_be_cancelled_or_moved_until_the_mark_is_undone() {
    var owner = app.as(TestApp.ADMIN_KEY, "demo");
    long service = OwnerApiSteps.serviceId(app, "Basic Manicure");
    long past = OwnerApiSteps.book(owner, service, "2026-11-20T16:00", "Nora");
    assertThat(owner.post("/api/bookings/" + past + "/no-show", "").status()).isEqualTo(200);

    var cancel = owner.post("/api/bookings/" + past + "/cancel", "{}");
    assertThat(cancel.status()).as(cancel.body()).isEqualTo(409);
    assertThat(cancel.json().get("message").asText())
        .isEqualTo(
            "booking "
                + past
                + " was marked as a no-show, which is final; undo the mark (DELETE /api/bookings/"
                + past
                + "/no-show) before it is cancelled");
    var move = owner.patch("/api/bookings/" + past, "{\"start\":\"2026-11-25T10:00\"}");
    assertThat(move.status()).as(move.body()).isEqualTo(409);
    assertThat(
            owner
                .get("/api/bookings?from=2026-11-20&status=no-show")
                .json()
                .get("bookings")
                .get(0)
                .get("status")
                .asText())
        .isEqualTo("confirmed");

    assertThat(owner.delete("/api/bookings/" + past + "/no-show").status()).isEqualTo(200);
    assertThat(owner.post("/api/bookings/" + past + "/cancel", "{}").status()).isEqualTo(200);
    assertThat(owner.get("/api/bookings?from=2026-11-20&status=no-show").json().get("bookings"))
        .isEmpty();
  }
}
