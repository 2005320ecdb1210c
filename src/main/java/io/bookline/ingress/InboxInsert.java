package io.bookline.ingress;

import io.bookline.db.Prepared;
import io.bookline.db.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The inbox's group insert (ADR 0030), rendered once per group size (ADR 0046): a group of {@code
 * n} messages is one multi-row insert that skips a message already recorded and returns the rows it
 * created. Sizes are made on first use, up to {@link io.bookline.db.GroupCommit#MAX_GROUP}.
 */
final class InboxInsert {
  private static final List<Field<?>> COLUMNS =
      List.of(
          Schema.Inbox.PLATFORM,
          Schema.Inbox.PLATFORM_MESSAGE_ID,
          Schema.Inbox.BUSINESS_ID,
          Schema.Inbox.SENDER_ID,
          Schema.Inbox.CONVERSATION_KEY,
          Schema.Inbox.SENT_AT,
          Schema.Inbox.RECEIVED_AT,
          Schema.Inbox.PAYLOAD,
          Schema.Inbox.RAW_BODY);

  private static final Map<Integer, Prepared> BY_SIZE = new ConcurrentHashMap<>();

  private InboxInsert() {}

  /**
   * The insert of {@code n} messages. Its values are each message's platform, message id, business,
   * sender, conversation key, sent and received times, payload and raw body, message after message;
   * it returns the id, platform and message id of each row it created.
   */
  static Prepared of(int n) {
    Prepared known = BY_SIZE.get(n);
    if (known != null) {
      return known;
    }
    // Rendered outside the map: computeIfAbsent would hold a lock of the map (and, on JDK 21, pin
    // a virtual thread's carrier) while the statement renders.
    Prepared rendered = render(n);
    Prepared raced = BY_SIZE.putIfAbsent(n, rendered);
    return raced != null ? raced : rendered;
  }

  private static Prepared render(int n) {
    var insert = DSL.insertInto(Schema.Inbox.T).columns(COLUMNS);
    List<String> names = new ArrayList<>();
    for (int row = 0; row < n; row++) {
      List<Field<?>> values = new ArrayList<>();
      for (Field<?> column : COLUMNS) {
        String name = column.getName() + "." + row;
        names.add(name);
        values.add(Prepared.value(name, column));
      }
      insert = insert.values(values);
    }
    return Prepared.of(
        insert
            .onConflictDoNothing()
            .returningResult(
                Schema.Inbox.ID, Schema.Inbox.PLATFORM, Schema.Inbox.PLATFORM_MESSAGE_ID),
        names.toArray(String[]::new));
  }
}
