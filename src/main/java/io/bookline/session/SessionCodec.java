package io.bookline.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.bookline.booking.DialogueState;
import io.bookline.booking.Goal;
import io.bookline.booking.Offer;
import io.bookline.booking.Step;
import io.bookline.booking.Topic;
import io.bookline.understanding.HistoryLine;
import io.bookline.understanding.Language;
import io.bookline.understanding.PartOfDay;
import io.bookline.understanding.Slots;
import io.bookline.understanding.TimeQualifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Sessions and dialogue state to and from the JSON kept in Postgres and Redis.
 *
 * <p>The stored shape is a contract with live conversations and with the previous release: the
 * dialogue state's slots ({@code serviceId}, {@code date}, …) are written flat beside its other
 * fields, as before they were grouped into one {@code Slots} record in code. State is read back
 * flat or nested, so neither a deploy nor a rollback loses a conversation's place.
 *
 * <p>That shape is written down once, as the records {@link StoredState} and {@link StoredSession},
 * which Jackson binds directly: no JSON tree is built on a turn's path.
 */
public final class SessionCodec {
  private final ObjectWriter stateWriter;
  private final ObjectWriter sessionWriter;
  private final ObjectWriter writtenSessionWriter;
  private final ObjectWriter historyWriter;
  private final ObjectReader stateReader;
  private final ObjectReader sessionReader;
  private final ObjectReader historyReader;

  /**
   * @param json the application's mapper; it must write {@code java.time} values as ISO text
   */
  public SessionCodec(ObjectMapper json) {
    this.stateWriter = json.writerFor(StoredState.class);
    this.sessionWriter = json.writerFor(StoredSession.class);
    this.writtenSessionWriter = json.writerFor(WrittenSession.class);
    this.historyWriter = json.writerFor(HistoryLine[].class);
    // State written by a newer version must still load after a rollback: a field it added is
    // skipped, and a value it added to an enum (a new Topic, Step, Goal, …) reads as not set.
    ObjectReader reader =
        json.reader()
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .with(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);
    this.stateReader = reader.forType(StoredState.class);
    this.sessionReader = reader.forType(StoredSession.class);
    this.historyReader = reader.forType(HistoryLine[].class);
  }

  /**
   * A dialogue state as stored: the fields of {@link DialogueState} in its order, with its slots
   * replaced, in place, by the six slot fields. Fields newer than the stored shape (the customer's
   * language, ADR 0027, the bot's pending "I'm back", ADR 0037, when a customer waiting for a
   * person was last told so, the services to offer after a booking, ADR 0051, and what the bot just
   * answered, ADR 0056, whether a person has written during a handoff, ADR 0064, a first free time
   * asked for before the service, ADR 0058, which person of a party a booking is for and the
   * booking made last in the conversation, the times turned down and the day and time said with a
   * queued service, ADR 0087) are written only when set, so a state that does not use them is
   * stored exactly as the previous release stored it. {@code slots} is never written; it is read
   * when a state was stored nested.
   */
  record StoredState(
      Goal goal,
      Step awaiting,
      Long serviceId,
      LocalDate date,
      LocalTime time,
      TimeQualifier qualifier,
      PartOfDay partOfDay,
      Long resourceId,
      boolean anyResource,
      Long bookingId,
      List<Long> choices,
      List<Offer> offers,
      Offer pending,
      String customerName,
      boolean handoff,
      @JsonInclude(JsonInclude.Include.NON_NULL) Language language,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean botReturned,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) long heldAt,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Long> later,
      @JsonInclude(JsonInclude.Include.NON_NULL) Topic answered,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean personIn,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean soonest,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) int guests,
      @JsonInclude(JsonInclude.Include.NON_NULL) String guest,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) int person,
      @JsonInclude(JsonInclude.Include.NON_NULL) Long made,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Instant> turnedDown,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StoredWish> laterWishes,
      @JsonInclude(JsonInclude.Include.NON_NULL) String secondName,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Long> guestServices,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Long> named,
      @JsonInclude(JsonInclude.Include.NON_NULL) Slots slots) {

    /**
     * Whether a person has written during the handoff. Absent reads as no: the release before left
     * {@code personIn} out when false, so a customer waiting for a person is told their message
     * reached the team rather than left without a reply; at worst a conversation a person already
     * had hears that once (ADR 0078).
     */
    boolean personHasWritten() {
      return Boolean.TRUE.equals(personIn);
    }

    static StoredState of(DialogueState d) {
      Slots s = d.slots();
      return new StoredState(
          d.goal(),
          d.awaiting(),
          s.serviceId(),
          s.date(),
          s.time(),
          s.qualifier(),
          s.partOfDay(),
          s.resourceId(),
          d.anyResource(),
          d.bookingId(),
          d.choices(),
          d.offers(),
          d.pending(),
          d.customerName(),
          d.handoff(),
          d.language(),
          d.botReturned(),
          d.heldAt(),
          d.later(),
          d.answered(),
          // Written whenever a person has the conversation, false too: the build before read its
          // absence there as a person having written (ADR 0072), and may be rolled back to.
          d.handoff() || d.personIn() ? d.personIn() : null,
          d.soonest(),
          d.guests(),
          d.guest(),
          d.person(),
          d.made(),
          d.turnedDown(),
          d.laterWishes().stream().map(StoredWish::of).toList(),
          d.secondName(),
          d.guestServices(),
          d.named(),
          null);
    }

    DialogueState state() {
      Slots nested =
          slots != null
              ? slots
              : new Slots(serviceId, date, time, qualifier, partOfDay, resourceId);
      DialogueState stored =
          new DialogueState(
              goal,
              awaiting,
              nested,
              anyResource,
              bookingId,
              choices,
              offers,
              pending,
              customerName,
              handoff,
              language,
              botReturned,
              heldAt,
              later,
              answered,
              personHasWritten(),
              soonest,
              guests,
              guest,
              person,
              made,
              turnedDown,
              laterWishes == null
                  ? List.of()
                  : laterWishes.stream().map(StoredWish::slots).toList(),
              secondName,
              guestServices,
              named);
      // A goal or step this release does not know (always written, so null here means unknown):
      // its slots mean nothing without it, so the conversation starts its goal afresh, keeping
      // who the customer is, their language and a handoff.
      return goal == null || awaiting == null ? stored.reset() : stored;
    }
  }

  /**
   * The day and time said with a queued service (ADR 0087), as stored: the six slot fields, which
   * {@link Slots} itself would write with a seventh, its {@code isEmpty()}.
   */
  record StoredWish(
      Long serviceId,
      LocalDate date,
      LocalTime time,
      TimeQualifier qualifier,
      PartOfDay partOfDay,
      Long resourceId) {
    static StoredWish of(Slots s) {
      return new StoredWish(
          s.serviceId(), s.date(), s.time(), s.qualifier(), s.partOfDay(), s.resourceId());
    }

    Slots slots() {
      return new Slots(serviceId, date, time, qualifier, partOfDay, resourceId);
    }
  }

  /** A session as cached in Redis: the fields of {@link Session}, its state as stored. */
  record StoredSession(
      String key,
      long conversationId,
      long customerId,
      StoredState state,
      long version,
      Instant expiresAt,
      List<HistoryLine> history) {

    static StoredSession of(Session s) {
      return new StoredSession(
          s.key(),
          s.conversationId(),
          s.customerId(),
          s.state() == null ? null : StoredState.of(s.state()),
          s.version(),
          s.expiresAt(),
          s.history());
    }
  }

  /**
   * A session as a turn wrote it to Postgres: its state and history as JSON, the parts of its Redis
   * copy too (ADR 0119).
   */
  record Encoded(String state, String history) {}

  /**
   * The same text as {@link StoredSession}, with the state and history already encoded: the same
   * mapper writes a nested value as it writes it alone, so the text is the same as {@link
   * #encodeSession(Session)} gives, one serialisation of the session fewer per turn.
   */
  record WrittenSession(
      String key,
      long conversationId,
      long customerId,
      @JsonRawValue String state,
      long version,
      Instant expiresAt,
      @JsonRawValue String history) {}

  Encoded encodeParts(Session session) {
    return new Encoded(encode(session.state()), encodeHistory(session.history()));
  }

  /** {@link #encodeSession(Session)} of {@code session}, whose parts are {@code parts}. */
  String encodeSession(Session session, Encoded parts) {
    return write(
        writtenSessionWriter,
        new WrittenSession(
            session.key(),
            session.conversationId(),
            session.customerId(),
            parts.state(),
            session.version(),
            session.expiresAt(),
            parts.history()));
  }

  String encode(DialogueState state) {
    return write(stateWriter, StoredState.of(state));
  }

  DialogueState decode(String text) {
    return read(stateReader, text, StoredState.class).state();
  }

  String encodeHistory(List<HistoryLine> history) {
    return write(historyWriter, history.toArray(HistoryLine[]::new));
  }

  List<HistoryLine> decodeHistory(String text) {
    return sharedRoles(List.of(read(historyReader, text, HistoryLine[].class)));
  }

  String encodeSession(Session session) {
    return write(sessionWriter, StoredSession.of(session));
  }

  Session decodeSession(String text) {
    StoredSession s = read(sessionReader, text, StoredSession.class);
    return new Session(
        s.key(),
        s.conversationId(),
        s.customerId(),
        s.state() == null ? null : s.state().state(),
        s.version(),
        s.expiresAt(),
        sharedRoles(s.history() == null ? List.of() : s.history()));
  }

  /**
   * The lines with the role constants in place of the copies the JSON parser made, as the lines a
   * turn makes have them: two strings fewer per line, about a quarter of an idle session's heap.
   */
  private static List<HistoryLine> sharedRoles(List<HistoryLine> lines) {
    List<HistoryLine> out = new ArrayList<>(lines.size());
    for (HistoryLine line : lines) {
      String role =
          switch (line.role()) {
            case HistoryLine.CUSTOMER -> HistoryLine.CUSTOMER;
            case HistoryLine.BOT -> HistoryLine.BOT;
            case null, default -> line.role();
          };
      out.add(role == line.role() ? line : new HistoryLine(role, line.text()));
    }
    return out;
  }

  private static <T> T read(ObjectReader reader, String text, Class<T> type) {
    try {
      return reader.readValue(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot decode " + type.getSimpleName(), e);
    }
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }
}
