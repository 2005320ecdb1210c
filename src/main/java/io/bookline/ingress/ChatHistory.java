package io.bookline.ingress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.channel.Platform;
import io.bookline.db.Schema.Bookings;
import io.bookline.db.Schema.Conversations;
import io.bookline.db.Schema.Customers;
import io.bookline.db.Schema.Messages;
import io.bookline.processor.TurnRepository;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A web chat visitor's conversation as the page draws it, read from the stored messages: the lines
 * (the customer's, the bot's and a person's, with the last line's buttons and a confirmed booking's
 * calendar link) and whether a person has the conversation. {@link WebChatRoutes} serves it.
 */
final class ChatHistory {
  /** Where a booking's calendar file is fetched by its token (see CalendarRoutes). */
  private static final String CALENDAR_FILE = "/calendar/booking/";

  /** Most messages the page shows on opening. */
  static final int HISTORY = 50;

  private final DSLContext db;

  ChatHistory(DSLContext db) {
    this.db = db;
  }

  /**
   * One line of the conversation as the page draws it; {@code id} 0 for the unsaved greeting.
   *
   * @param optionIds what a tap on each option sends instead of its text (a reminder's {@code
   *     bk:move:42}); empty when each option sends itself
   * @param calendar the link to the calendar file of the booking this line confirmed, while that
   *     booking stands; else null
   */
  public record Line(
      long id,
      String from,
      String text,
      List<String> options,
      List<String> optionIds,
      String calendar) {}

  /** What the page says a visitor has: the lines, and whether a person has the conversation. */
  record Seen(List<Line> lines, boolean withPerson) {}

  /** The visitor's lines (all, or those after a message) and who has the conversation. */
  Seen seen(long business, String visitor, Long after) {
    Boolean handoff =
        db.select(DSL.field(Conversations.STATUS.eq("handoff")))
            .from(Conversations.T)
            .join(Customers.T)
            .on(Customers.ID.eq(Conversations.CUSTOMER_ID))
            .where(Customers.BUSINESS_ID.eq(business))
            .and(Customers.PLATFORM.eq(Platform.WEB.id()))
            .and(Customers.PLATFORM_USER_ID.eq(visitor))
            .fetchOne(0, Boolean.class);
    return new Seen(lines(business, visitor, after), Boolean.TRUE.equals(handoff));
  }

  /**
   * The visitor's messages in the order they were written: the customer's, the bot's and a
   * person's, never the owner's notes ({@code author: system}). Without {@code after}, the last
   * {@value #HISTORY}; with it, the first {@value #HISTORY} after that message (the page asks again
   * for the rest). Only the conversation's last line keeps its options (the buttons still to tap).
   */
  private List<Line> lines(long business, String visitor, Long after) {
    Field<String> author = DSL.field("{0} ->> 'author'", String.class, Messages.METADATA);
    Field<String> options = DSL.field("{0} ->> 'options'", String.class, Messages.METADATA);
    Field<String> optionIds = DSL.field("{0} ->> 'optionIds'", String.class, Messages.METADATA);
    Field<Long> booked =
        DSL.field(
            "({0} ->> {1})::bigint",
            Long.class, Messages.METADATA, DSL.inline(TurnRepository.CALENDAR_FOR));
    var query =
        db.select(
                Messages.ID,
                Messages.DIRECTION,
                author,
                Messages.CONTENT_TEXT,
                options,
                optionIds,
                Bookings.ICS_TOKEN)
            .from(Messages.T)
            .join(Conversations.T)
            .on(Conversations.ID.eq(Messages.CONVERSATION_ID))
            .join(Customers.T)
            .on(Customers.ID.eq(Conversations.CUSTOMER_ID))
            // The calendar file is offered while the booking stands: a cancelled one's file only
            // takes it out of the calendar, which the cancellation's own words already say.
            .leftJoin(Bookings.T)
            .on(Bookings.ID.eq(booked))
            .and(Bookings.CUSTOMER_ID.eq(Customers.ID))
            .and(Bookings.STATUS.eq("confirmed"))
            .where(Customers.BUSINESS_ID.eq(business))
            .and(Customers.PLATFORM.eq(Platform.WEB.id()))
            .and(Customers.PLATFORM_USER_ID.eq(visitor))
            // Notes for the owner (a reminder not sent, and why) are never the customer's to see.
            .and(author.isDistinctFrom("system"));
    var rows =
        after == null
            ? query.orderBy(Messages.ID.desc()).limit(HISTORY).fetch().reversed()
            : query.and(Messages.ID.gt(after)).orderBy(Messages.ID).limit(HISTORY).fetch();
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      var r = rows.get(i);
      boolean in = "in".equals(r.value2());
      String from = in ? "customer" : r.value3() == null ? "bot" : r.value3();
      boolean newest = i == rows.size() - 1 && (after == null || rows.size() < HISTORY);
      List<String> buttons = newest && !in ? options(r.value5()) : List.of();
      List<String> ids = buttons.isEmpty() ? List.of() : options(r.value6());
      String calendar = r.value7() == null ? null : CALENDAR_FILE + r.value7();
      lines.add(
          new Line(
              r.value1(),
              from,
              r.value4() == null ? "" : r.value4(),
              buttons,
              ids.size() == buttons.size() ? ids : List.of(),
              calendar));
    }
    return lines;
  }

  private static List<String> options(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      List<String> out = new ArrayList<>();
      for (JsonNode o : OPTIONS.readTree(json)) {
        out.add(o.asText());
      }
      return out;
    } catch (IOException e) {
      return List.of();
    }
  }

  private static final ObjectMapper OPTIONS = new ObjectMapper();
}
