package io.bookline.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.Components;
import io.bookline.booking.DialogueState;
import io.bookline.understanding.HistoryLine;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * The memory tier's cap bounds its heap (ADR 0038): sessions as conversations make them count once
 * each, as SESSION_CACHE_MAX says; a session a customer has filled with long messages counts once
 * per started 4 KB, so a cap of N holds at most about N × 4 KB. The heap itself is weighed by
 * {@code load-tests/heap-per-session.sh}, not here.
 */
class SessionCacheBoundTest {
  static final Instant EXPIRES = Instant.parse("2026-11-23T09:00:00Z");
  SessionCodec codec = new SessionCodec(Components.objectMapper());

  TieredSessionStore store(long cap) {
    var postgres = new PostgresSessions(DSL.using(SQLDialect.POSTGRES), codec, Clock.systemUTC());
    return new TieredSessionStore(
        postgres, Optional.empty(), codec, cap, Duration.ofHours(2), new SimpleMeterRegistry());
  }

  static Session session(int i, int lines, String text) {
    List<HistoryLine> history = new ArrayList<>();
    for (int n = 0; n < lines; n++) {
      history.add(new HistoryLine(n % 2 == 0 ? HistoryLine.CUSTOMER : HistoryLine.BOT, text));
    }
    return new Session(
        "1:whatsapp:49151" + i, 10 + i, 20 + i, DialogueState.start("Ann"), 3, EXPIRES, history);
  }

  @Test
  void the_memory_keeps_as_many_sessions_as_its_cap_when_each_is_a_conversation_s_size() {
    TieredSessionStore store = store(500);
    Session typical =
        session(0, 10, "Free times for Pedicure on Tue 24 Nov: 09:00, 10:30, 12:15, 13:45.");
    assertThat(TieredSessionStore.weight(typical)).isEqualTo(1);
    for (int i = 0; i < 800; i++) {
      store.committed(session(i, 10, typical.history().get(0).text()));
    }
    assertThat(store.cachedSessions()).isEqualTo(500);
  }

  @Test
  void sessions_filled_with_long_messages_count_as_several_so_the_cap_bounds_the_heap() {
    String longest = "Привет, у меня вопрос ".repeat(200).substring(0, 4096);
    Session big = session(0, 10, longest);
    long bytes = SessionFootprint.bytes(big);
    int weight = TieredSessionStore.weight(big);
    // Ten lines of 4,096 characters outside Latin-1: two bytes a character.
    assertThat(bytes).isBetween(10 * 2 * 4096L, 10 * 2 * 4096L + 4096);
    assertThat(weight).isEqualTo((int) ((bytes + 4095) / 4096));

    TieredSessionStore store = store(100);
    for (int i = 0; i < 100; i++) {
      store.committed(session(i, 10, longest));
    }
    assertThat(store.cachedSessions()).isEqualTo(100 / weight);
    assertThat(store.cachedSessions() * bytes).isLessThanOrEqualTo(100L * 4096);
  }

  @Test
  void a_latin1_text_weighs_one_byte_a_character_and_any_other_two() {
    long latin = SessionFootprint.bytes(session(0, 1, "é".repeat(1000)));
    long cyrillic = SessionFootprint.bytes(session(0, 1, "ж".repeat(1000)));
    assertThat(cyrillic - latin).isEqualTo(1000);
  }
}
