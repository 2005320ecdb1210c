package io.bookline.session;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.bookline.booking.DialogueState;
import io.bookline.understanding.HistoryLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One conversation's state at one version. Immutable: a turn produces the next session with {@code
 * version + 1}; storing it names the version it was made from.
 *
 * @param key the conversation's stable key (business, platform, user)
 * @param conversationId row id in {@code conversations}; 0 before the first turn commits
 * @param customerId row id in {@code customers}; 0 before the first turn commits
 * @param version 0 for a session never stored
 * @param expiresAt when inactivity ends the current goal
 * @param history the latest messages of the conversation, for an LLM's context (bounded)
 */
public record Session(
    String key,
    long conversationId,
    long customerId,
    DialogueState state,
    long version,
    Instant expiresAt,
    List<HistoryLine> history) {

  public Session {
    history = history == null ? List.of() : List.copyOf(history);
  }

  /** A conversation never seen before. */
  public static Session fresh(String key) {
    return new Session(key, 0, 0, DialogueState.start(null), 0, Instant.EPOCH, List.of());
  }

  @JsonIgnore
  public boolean isNew() {
    return conversationId == 0;
  }

  public boolean isExpired(Instant now) {
    return version > 0 && !expiresAt.isAfter(now);
  }

  /** The session after a turn: next version, new state, expiry pushed out, history appended. */
  public Session next(
      long conversation,
      long customer,
      DialogueState newState,
      Instant newExpiry,
      List<HistoryLine> said,
      int keepHistory) {
    List<HistoryLine> all = new ArrayList<>(history);
    all.addAll(said);
    List<HistoryLine> kept = all.subList(Math.max(0, all.size() - keepHistory), all.size());
    return new Session(key, conversation, customer, newState, version + 1, newExpiry, kept);
  }
}
