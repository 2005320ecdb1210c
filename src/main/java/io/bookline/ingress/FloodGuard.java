package io.bookline.ingress;

import io.bookline.config.IngressConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Every rate limit at the edge, counted per minute by a {@link RateCounter}: across instances
 * through Redis, per instance while Redis is away (ADR 0019).
 *
 * <ul>
 *   <li>A platform sender past its limit is recorded but not understood, and gets one polite note
 *       per minute instead of one LLM call per message ({@link #check}).
 *   <li>The web chat answers 429 to an address or a visitor past its limit, before anything is
 *       recorded ({@link #chat}: both counted in one round trip; {@link #allowAddress} for a
 *       request refused before its visitor is known).
 *   <li>An address that sent too many wrong webhook verify tokens gets 429 until the minute ends
 *       ({@link #verifyAllowed}).
 * </ul>
 */
public final class FloodGuard {
  /** What to do with one message. */
  public enum Verdict {
    OK,
    /** The first message over the limit this minute: answer with the polite note. */
    NOTE,
    /** Further messages over the limit: record only. */
    QUIET
  }

  private final RateCounter counter;
  private final int perSenderPerMinute;
  private final IngressConfig limits;
  private final MeterRegistry metrics;

  /**
   * @param metrics where each hit of a limit is counted ({@code bookline.ratelimit.hits})
   */
  public FloodGuard(
      RateCounter counter, int perSenderPerMinute, IngressConfig limits, MeterRegistry metrics) {
    this.counter = counter;
    this.perSenderPerMinute = perSenderPerMinute;
    this.limits = limits;
    this.metrics = metrics;
  }

  private boolean within(boolean allowed, String limit) {
    if (!allowed) {
      metrics.counter("bookline.ratelimit.hits", "limit", limit).increment();
    }
    return allowed;
  }

  /** Drops the counts of a conversation key, as a sender and as a web visitor (an erasure). */
  public void forget(String conversationKey) {
    counter.forget("sender:" + conversationKey);
    counter.forget("visitor:" + conversationKey);
  }

  /** Counts one message of a platform sender (a conversation key). */
  public Verdict check(String sender) {
    return check(List.of(sender)).get(0);
  }

  /**
   * Counts one message of each sender (conversation keys, one per message, a sender as often as it
   * sent), all in one round trip to Redis; the verdicts in the same order.
   */
  public List<Verdict> check(List<String> senders) {
    List<String> keys = new ArrayList<>(senders.size());
    senders.forEach(s -> keys.add("sender:" + s));
    long[] counts = counter.hit(keys);
    List<Verdict> verdicts = new ArrayList<>(counts.length);
    for (long n : counts) {
      verdicts.add(
          within(n <= perSenderPerMinute, "sender")
              ? Verdict.OK
              : n == perSenderPerMinute + 1 ? Verdict.NOTE : Verdict.QUIET);
    }
    return verdicts;
  }

  /**
   * Takes back a message counted by {@link #check} for each sender: messages found recorded already
   * (a platform's redelivery), which must not bring their sender nearer the limit.
   */
  public void uncount(List<String> senders) {
    if (!senders.isEmpty()) {
      counter.unhit(senders.stream().map(s -> "sender:" + s).toList());
    }
  }

  /** Counts one web-chat request from a client address; false past the limit. */
  public boolean allowAddress(String address) {
    return within(counter.hit("ip:" + address) <= limits.webPerAddressPerMinute(), "address");
  }

  /** Which web-chat limit a request went past, if any. */
  public enum ChatLimit {
    NONE,
    ADDRESS,
    VISITOR
  }

  /**
   * Counts one web-chat request from a client address carrying messages of these visitors
   * (conversation keys), all in one round trip to Redis; the address's limit is judged first.
   */
  public ChatLimit chat(String address, List<String> visitors) {
    List<String> keys = new ArrayList<>(1 + visitors.size());
    keys.add("ip:" + address);
    visitors.forEach(v -> keys.add("visitor:" + v));
    long[] counts = counter.hit(keys);
    if (!within(counts[0] <= limits.webPerAddressPerMinute(), "address")) {
      return ChatLimit.ADDRESS;
    }
    boolean within = true;
    for (int i = 1; i < counts.length; i++) {
      within &= within(counts[i] <= limits.webPerVisitorPerMinute(), "visitor");
    }
    return within ? ChatLimit.NONE : ChatLimit.VISITOR;
  }

  /** Whether an address may try a verify token now: not after too many wrong ones this minute. */
  public boolean verifyAllowed(String address) {
    return within(counter.count("verify:" + address) < limits.verifyFailuresPerMinute(), "verify");
  }

  /** Counts a wrong verify token from an address. */
  public void verifyFailed(String address) {
    counter.hit("verify:" + address);
  }

  /** Seconds until the counting minute ends, for {@code Retry-After}. */
  public long retryAfterSeconds() {
    return counter.secondsLeft();
  }
}
