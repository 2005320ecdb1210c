package io.bookline.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.Components;
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
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Live conversations survive a deploy: state stored before the slots were grouped into one record
 * (as the previous release wrote it to Postgres and Redis) loads, and is written back in the same
 * shape, so a rollback reads it too.
 */
class SessionCodecTest {
  /** A state as the previous release stored it: gel manicure Friday after 14:00 with Marta. */
  static final String OLD_STATE =
      "{\"goal\":\"BOOK\",\"awaiting\":\"NAME\",\"serviceId\":2,\"date\":\"2026-11-27\","
          + "\"time\":\"14:00:00\",\"qualifier\":\"AFTER\",\"partOfDay\":null,\"resourceId\":2,"
          + "\"anyResource\":false,\"bookingId\":null,\"choices\":[],\"offers\":["
          + "{\"start\":\"2026-11-27T13:00:00Z\",\"end\":\"2026-11-27T13:45:00Z\","
          + "\"blockedFrom\":\"2026-11-27T13:00:00Z\",\"blockedUntil\":\"2026-11-27T13:45:00Z\","
          + "\"resourceId\":2,\"key\":\"3/2/2/1795784400/v0\"},"
          + "{\"start\":\"2026-11-27T13:45:00Z\",\"end\":\"2026-11-27T14:30:00Z\","
          + "\"blockedFrom\":\"2026-11-27T13:45:00Z\",\"blockedUntil\":\"2026-11-27T14:30:00Z\","
          + "\"resourceId\":2,\"key\":\"3/2/2/1795787100/v0\"}],"
          + "\"pending\":{\"start\":\"2026-11-27T13:45:00Z\",\"end\":\"2026-11-27T14:30:00Z\","
          + "\"blockedFrom\":\"2026-11-27T13:45:00Z\",\"blockedUntil\":\"2026-11-27T14:30:00Z\","
          + "\"resourceId\":2,\"key\":\"3/2/2/1795787100/v0\"},"
          + "\"customerName\":null,\"handoff\":false}";

  /** The same state inside a session, as the previous release cached it in Redis. */
  static final String OLD_SESSION =
      "{\"key\":\"1:web:dan\",\"conversationId\":7,\"customerId\":3,\"state\":"
          + OLD_STATE
          + ",\"version\":4,\"expiresAt\":\"2026-11-23T07:30:00Z\","
          + "\"history\":[{\"role\":\"customer\",\"text\":\"hi\"}]}";

  SessionCodec codec = new SessionCodec(Components.objectMapper());

  @Test
  void state_stored_before_slots_were_grouped_still_loads() {
    DialogueState s = codec.decode(OLD_STATE);
    assertEquals(Goal.BOOK, s.goal());
    assertEquals(Step.NAME, s.awaiting());
    assertEquals(
        new Slots(
            2L, LocalDate.of(2026, 11, 27), LocalTime.of(14, 0), TimeQualifier.AFTER, null, 2L),
        s.slots());
    assertFalse(s.anyResource());
    assertNull(s.bookingId());
    assertEquals(2, s.offers().size());
    assertEquals(Instant.parse("2026-11-27T13:45:00Z"), s.pending().start());
    assertEquals("3/2/2/1795787100/v0", s.pending().key());
    assertNull(s.customerName());
  }

  @Test
  void state_is_written_back_in_the_shape_the_previous_release_reads() {
    assertEquals(OLD_STATE, codec.encode(codec.decode(OLD_STATE)));
  }

  @Test
  void a_session_cached_by_the_previous_release_loads_and_is_cached_the_same_way() {
    Session s = codec.decodeSession(OLD_SESSION);
    assertEquals(4, s.version());
    assertEquals(LocalTime.of(14, 0), s.state().slots().time());
    assertEquals("hi", s.history().get(0).text());
    assertEquals(OLD_SESSION, codec.encodeSession(s));
  }

  @Test
  void slots_written_nested_load_as_well() {
    String nested =
        "{\"goal\":\"RESCHEDULE\",\"awaiting\":\"DATE\",\"slots\":{\"serviceId\":1,"
            + "\"date\":null,\"time\":null,\"qualifier\":null,\"partOfDay\":\"MORNING\","
            + "\"resourceId\":null},\"bookingId\":12,\"choices\":[],\"offers\":[]}";
    DialogueState s = codec.decode(nested);
    assertEquals(Goal.RESCHEDULE, s.goal());
    assertEquals(1L, s.slots().serviceId());
    assertEquals("MORNING", s.slots().partOfDay().name());
    assertEquals(12L, s.bookingId());
  }

  @Test
  void decoded_history_lines_share_the_role_constants_as_lines_made_by_a_turn_do() {
    Session s = codec.decodeSession(OLD_SESSION);
    assertSame(HistoryLine.CUSTOMER, s.history().get(0).role());
    List<HistoryLine> stored =
        codec.decodeHistory(
            "[{\"role\":\"customer\",\"text\":\"hi\"},{\"role\":\"bot\",\"text\":\"Hello\"}]");
    assertSame(HistoryLine.CUSTOMER, stored.get(0).role());
    assertSame(HistoryLine.BOT, stored.get(1).role());
    assertEquals("Hello", stored.get(1).text());
  }

  @Test
  void a_state_with_every_field_set_round_trips_and_writes_the_added_fields() {
    Offer offer =
        new Offer(
            Instant.parse("2026-11-27T13:45:00Z"),
            Instant.parse("2026-11-27T14:30:00Z"),
            Instant.parse("2026-11-27T13:40:00Z"),
            Instant.parse("2026-11-27T14:35:00Z"),
            2L,
            "3/2/2/1795787100/v0");
    DialogueState full =
        new DialogueState(
            Goal.RESCHEDULE,
            Step.CONFIRM,
            new Slots(
                4L,
                LocalDate.of(2026, 11, 27),
                LocalTime.of(9, 30),
                TimeQualifier.AFTER,
                PartOfDay.MORNING,
                5L),
            true,
            12L,
            List.of(12L, 13L),
            List.of(offer),
            offer,
            "Ann",
            true,
            Language.DE,
            true,
            1_795_787_100L,
            List.of(3L),
            Topic.HOURS,
            true,
            true,
            1,
            "Lena",
            3,
            21L,
            List.of(Instant.parse("2026-11-27T09:00:00Z")),
            List.of(Slots.NONE.withService(3L).withTime(LocalTime.of(16, 0), TimeQualifier.AT)),
            "Olivia",
            List.of(2L),
            List.of(6L));
    String stored = codec.encode(full);
    assertEquals(full, codec.decode(stored));
    assertTrue(
        stored.endsWith(
            ",\"handoff\":true,\"language\":\"DE\",\"botReturned\":true,\"heldAt\":1795787100"
                + ",\"later\":[3],\"answered\":\"HOURS\",\"personIn\":true,\"soonest\":true,\"guests\":1,\"guest\":\"Lena\""
                + ",\"person\":3,\"made\":21,\"turnedDown\":[\"2026-11-27T09:00:00Z\"]"
                + ",\"laterWishes\":[{\"serviceId\":3,\"date\":null,\"time\":\"16:00:00\""
                + ",\"qualifier\":\"AT\",\"partOfDay\":null,\"resourceId\":null}]"
                + ",\"secondName\":\"Olivia\",\"guestServices\":[2],\"named\":[6]}"),
        stored);
    assertFalse(stored.contains("slots"), stored);
    Session session =
        new Session(
            "1:web:ann",
            7,
            3,
            full,
            9,
            Instant.parse("2026-11-28T07:30:00Z"),
            List.of(new HistoryLine(HistoryLine.BOT, "Hello")));
    assertEquals(session, codec.decodeSession(codec.encodeSession(session)));
  }

  /**
   * The stored shape is written down as records beside the state's: a field added to {@link
   * DialogueState}, {@link Slots} or {@link Session} must be added there too, in its place.
   */
  @Test
  void the_stored_shape_lists_every_field_of_the_state_and_the_session_in_order() {
    List<String> expected = new ArrayList<>();
    for (String field : names(DialogueState.class)) {
      if (field.equals("slots")) {
        expected.addAll(names(Slots.class));
      } else {
        expected.add(field);
      }
    }
    expected.add("slots");
    assertEquals(expected, names(SessionCodec.StoredState.class));
    assertEquals(names(Session.class), names(SessionCodec.StoredSession.class));
  }

  private static List<String> names(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  @Test
  void a_new_conversation_round_trips() {
    DialogueState fresh = DialogueState.start("Ann");
    assertEquals(fresh, codec.decode(codec.encode(fresh)));
  }

  /**
   * A session cached by a newer release, in Redis or Postgres, with a value this one does not know
   * in every enum-typed field: it loads, with the goal started afresh and the rest kept.
   */
  @Test
  void a_session_with_enum_values_from_a_newer_release_loads() {
    String unknown = "\"FROM_A_NEWER_RELEASE\"";
    String state =
        OLD_STATE
            .replace("\"BOOK\"", unknown)
            .replace("\"NAME\"", unknown)
            .replace("\"AFTER\"", unknown)
            .replace("\"partOfDay\":null", "\"partOfDay\":" + unknown)
            .replace(
                "\"handoff\":false}",
                "\"handoff\":true,\"language\":" + unknown + ",\"answered\":" + unknown + "}");
    Session s = codec.decodeSession(OLD_SESSION.replace(OLD_STATE, state));
    DialogueState d = s.state();
    assertEquals(Goal.NONE, d.goal());
    assertEquals(Step.NONE, d.awaiting());
    assertEquals(Slots.NONE, d.slots());
    assertNull(d.language());
    assertNull(d.answered());
    assertTrue(d.handoff(), "a handoff is kept");
    assertEquals(4, s.version());
  }

  /** A known goal with an unknown qualifier keeps its place; the qualifier reads as not said. */
  @Test
  void an_unknown_qualifier_alone_keeps_the_goal() {
    DialogueState d = codec.decode(OLD_STATE.replace("\"AFTER\"", "\"SOMETIME_NEW\""));
    assertEquals(Goal.BOOK, d.goal());
    assertNull(d.slots().qualifier());
    assertEquals(LocalTime.of(14, 0), d.slots().time());
  }

  /**
   * A handoff stored without personIn (the release before left it out when false): nobody has
   * written yet (ADR 0078); one stored now says so either way, and a state outside a handoff is
   * stored as before.
   */
  @Test
  void a_handoff_stored_without_person_in_reads_as_nobody_has_written() {
    String older =
        OLD_STATE.replace("\"handoff\":false}", "\"handoff\":true,\"heldAt\":1795000000}");
    assertFalse(codec.decode(older).personIn());
    DialogueState waiting =
        codec.decode(older.substring(0, older.length() - 1) + ",\"personIn\":false}");
    assertFalse(waiting.personIn());
    assertTrue(codec.encode(waiting).contains("\"personIn\":false"));
    assertFalse(codec.decode(codec.encode(waiting)).personIn());
    assertFalse(codec.encode(codec.decode(OLD_STATE)).contains("personIn"));
  }
}
