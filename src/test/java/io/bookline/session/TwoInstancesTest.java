package io.bookline.session;

import static io.bookline.db.Schema.Conversations;
import static io.bookline.db.Schema.Customers;
import static io.bookline.db.Schema.Inbox;
import static io.bookline.db.Schema.Messages;
import static io.bookline.db.Schema.Sessions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestRedis;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two instances over one Postgres and one Redis: no lost update, no reordering, no duplicates. */
class TwoInstancesTest {
  static final List<String> SCRIPT =
      List.of(
          "hello",
          "what are your prices?",
          "when are you open?",
          "where are you?",
          "gel manicure",
          "tomorrow",
          "after 4",
          "start over",
          "stop",
          "thanks");

  @RegisterExtension final TestApp a = TestApp.onFreshDatabase("REDIS_URL", TestRedis.fresh());
  final MutableClock clock = a.clock();
  TestApp b;

  @BeforeEach
  void start() {
    b = a.secondInstance();
  }

  DSLContext db() {
    return a.app().database().dsl();
  }

  TestApp random() {
    return ThreadLocalRandom.current().nextBoolean() ? a : b;
  }

  @Test
  void twenty_conversations_on_random_instances_keep_every_message_once_and_in_order()
      throws Exception {
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> all = new ArrayList<>();
      for (int c = 0; c < 20; c++) {
        String user = "user-" + c;
        all.add(
            pool.submit(
                () -> {
                  for (String text : SCRIPT) {
                    var r = random().chat("demo", user, text);
                    assertEquals(200, r.status(), r.body());
                    assertTrue(r.json().get("replies").size() >= 1, text + " got no reply");
                  }
                  return null;
                }));
      }
      for (Future<?> f : all) {
        f.get();
      }
    }
    for (int c = 0; c < 20; c++) {
      String user = "user-" + c;
      long conversation = conversationOf(user);
      List<String> stored =
          db().select(Messages.CONTENT_TEXT)
              .from(Messages.T)
              .where(Messages.CONVERSATION_ID.eq(conversation).and(Messages.DIRECTION.eq("in")))
              .orderBy(Messages.ID)
              .fetch(Messages.CONTENT_TEXT);
      assertEquals(SCRIPT, stored, "conversation of " + user);
      assertEquals(
          10,
          db().fetchCount(
                  Messages.T,
                  Messages.CONVERSATION_ID.eq(conversation).and(Messages.DIRECTION.eq("out"))));
      // One version per turn: none skipped, none reused.
      assertEquals(
          10L,
          db().select(Sessions.VERSION)
              .from(Sessions.T)
              .where(Sessions.CONVERSATION_ID.eq(conversation))
              .fetchSingle(Sessions.VERSION));
    }
  }

  @Test
  void a_burst_of_ten_messages_at_once_across_both_instances_is_stored_once_and_answered()
      throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> replies = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 10; i++) {
        TestApp target = i % 2 == 0 ? a : b;
        String text = "burst message " + i;
        replies.add(
            pool.submit(
                () -> {
                  go.await();
                  var r = target.chat("demo", "burster", text);
                  assertEquals(200, r.status(), r.body());
                  return r.json().get("replies").size();
                }));
      }
      go.countDown();
      for (Future<Integer> f : replies) {
        assertEquals(1, f.get());
      }
    }
    long conversation = conversationOf("burster");
    assertEquals(
        10,
        db().fetchCount(
                Messages.T,
                Messages.CONVERSATION_ID.eq(conversation).and(Messages.DIRECTION.eq("in"))));
    assertEquals(
        10,
        db().fetchCount(
                Messages.T,
                Messages.CONVERSATION_ID.eq(conversation).and(Messages.DIRECTION.eq("out"))));
    assertEquals(10, db().fetchCount(Inbox.T, Inbox.STATUS.eq("done")));
    assertEquals(
        10L,
        db().select(Sessions.VERSION)
            .from(Sessions.T)
            .where(Sessions.CONVERSATION_ID.eq(conversation))
            .fetchSingle(Sessions.VERSION));
    // Handled in the order recorded: inbound messages follow the inbox order.
    List<String> inboxOrder =
        db().select(Inbox.PLATFORM_MESSAGE_ID)
            .from(Inbox.T)
            .orderBy(Inbox.SENT_AT, Inbox.ID)
            .fetch(Inbox.PLATFORM_MESSAGE_ID);
    List<String> handledOrder =
        db().select(Messages.PLATFORM_MESSAGE_ID)
            .from(Messages.T)
            .where(Messages.DIRECTION.eq("in"))
            .orderBy(Messages.ID)
            .fetch(Messages.PLATFORM_MESSAGE_ID);
    assertEquals(inboxOrder, handledOrder);
  }

  private long conversationOf(String user) {
    return db().select(Conversations.ID)
        .from(Conversations.T)
        .join(Customers.T)
        .on(Customers.ID.eq(Conversations.CUSTOMER_ID))
        .where(Customers.PLATFORM_USER_ID.eq(user))
        .fetchSingle(Conversations.ID);
  }
}
