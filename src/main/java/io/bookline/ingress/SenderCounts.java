package io.bookline.ingress;

import java.util.ArrayList;
import java.util.List;

/**
 * How the inbox's writers count platform senders (ADR 0019): the guarded messages of a group are
 * judged together, one round trip to Redis, before the group's insert, and a message that turns out
 * not to be new (a redelivery, a copy in the same group) or that is not recorded gives its count
 * back. Each new message counts once.
 */
final class SenderCounts {
  /** Null: every message is judged OK (an inbox that tests fill by hand). */
  private final FloodGuard flood;

  SenderCounts(FloodGuard flood) {
    this.flood = flood;
  }

  /** Judges the arrivals not judged yet: the guarded ones counted together, one round trip. */
  void judge(List<Arriving> arrivals) {
    List<Arriving> counted = new ArrayList<>();
    for (Arriving a : arrivals) {
      if (a.verdict == null && a.guarded && flood != null) {
        counted.add(a);
      } else if (a.verdict == null) {
        a.verdict = FloodGuard.Verdict.OK;
      }
    }
    if (!counted.isEmpty()) {
      List<FloodGuard.Verdict> verdicts =
          flood.check(counted.stream().map(a -> Inbox.conversationKey(a.message)).toList());
      for (int i = 0; i < counted.size(); i++) {
        counted.get(i).verdict = verdicts.get(i);
      }
    }
  }

  /**
   * Gives back the counts of arrivals that were not new, or not recorded; clears their verdicts.
   */
  void giveBack(List<Arriving> arrivals) {
    List<String> senders = new ArrayList<>();
    for (Arriving a : arrivals) {
      if (a.guarded && flood != null && a.verdict != null) {
        senders.add(Inbox.conversationKey(a.message));
      }
      a.verdict = null;
    }
    if (flood != null) {
      flood.uncount(senders);
    }
  }
}
