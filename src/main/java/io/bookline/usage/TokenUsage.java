package io.bookline.usage;

import static io.bookline.db.Schema.LlmUsage;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.sum;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.bookline.understanding.TokenLedger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The tokens each business spent per day, in Postgres ({@code llm_usage}, one row per business and
 * day).
 *
 * <p>An answered model call only adds its tokens to a memory tally; {@link #flush()} (every {@link
 * #FLUSH_EVERY}, when a report is read, and at stop) writes each day's tally in one upsert. One
 * upsert per call made every turn of a business queue on that business's row lock while holding a
 * pool connection: at a few hundred turns a second the pool ran dry and web turns got 503s (P4 of
 * issue 17). A crash loses at most the last {@link #FLUSH_EVERY} of counts.
 *
 * <p>The budget check reads a short-lived memory copy of the day's total plus this instance's
 * tally: this instance's own calls count at once, other instances' calls once they are flushed and
 * the copy is read again, within {@link #FRESH}. So with N instances a business may overrun its
 * budget by at most the calls the others make in that time.
 */
public final class TokenUsage implements TokenLedger, AutoCloseable {
  /** How long a day's total read from Postgres is trusted for the budget check. */
  static final Duration FRESH = Duration.ofSeconds(30);

  /** How often the tally is written to Postgres. */
  public static final Duration FLUSH_EVERY = Duration.ofSeconds(1);

  private final DSLContext db;
  private final Cache<Day, Long> totals =
      Caffeine.newBuilder().expireAfterWrite(FRESH).maximumSize(10_000).build();

  /** Counted here, not yet in Postgres. Changed only through the map's atomic per-key methods. */
  private final ConcurrentHashMap<Day, Tally> unwritten = new ConcurrentHashMap<>();

  public TokenUsage(DSLContext db) {
    this.db = db;
  }

  private record Day(long business, LocalDate day) {}

  /** Tokens and calls of one business's day. */
  private record Tally(long prompt, long completion, long calls) {
    Tally plus(Tally o) {
      return new Tally(prompt + o.prompt, completion + o.completion, calls + o.calls);
    }

    /** What is left once {@code written} is in Postgres; null when nothing is. */
    Tally minus(Tally written) {
      Tally left =
          new Tally(
              prompt - written.prompt, completion - written.completion, calls - written.calls);
      return left.calls == 0 ? null : left;
    }

    long tokens() {
      return prompt + completion;
    }
  }

  /** One business's usage on one day. */
  public record DayUsage(LocalDate day, long promptTokens, long completionTokens, long calls) {
    public long totalTokens() {
      return promptTokens + completionTokens;
    }
  }

  @Override
  public long spent(long businessId, LocalDate day) {
    Day key = new Day(businessId, day);
    Tally pending = unwritten.get(key);
    return totals.get(key, this::load) + (pending == null ? 0 : pending.tokens());
  }

  @Override
  public void spend(long businessId, LocalDate day, long promptTokens, long completionTokens) {
    unwritten.merge(
        new Day(businessId, day), new Tally(promptTokens, completionTokens, 1), Tally::plus);
  }

  /**
   * Writes every day's tally in one upsert each. What is counted meanwhile stays for the next
   * flush; a failed upsert leaves its tally in memory for the next try.
   */
  public synchronized void flush() {
    for (Map.Entry<Day, Tally> e : unwritten.entrySet()) {
      Day key = e.getKey();
      Tally written = e.getValue();
      Long total = upsert(key, written);
      totals.put(key, total);
      // After the new total: a budget check in between counts these tokens twice, never zero times.
      unwritten.computeIfPresent(key, (k, now) -> now.minus(written));
    }
  }

  /** Writes what is still only counted in memory. */
  @Override
  public void close() {
    flush();
  }

  private Long upsert(Day key, Tally t) {
    return db.insertInto(LlmUsage.T)
        .set(LlmUsage.BUSINESS_ID, key.business())
        .set(LlmUsage.DAY, key.day())
        .set(LlmUsage.PROMPT_TOKENS, t.prompt())
        .set(LlmUsage.COMPLETION_TOKENS, t.completion())
        .set(LlmUsage.CALLS, t.calls())
        .onConflict(LlmUsage.BUSINESS_ID, LlmUsage.DAY)
        .doUpdate()
        .set(LlmUsage.PROMPT_TOKENS, LlmUsage.PROMPT_TOKENS.plus(excluded(LlmUsage.PROMPT_TOKENS)))
        .set(
            LlmUsage.COMPLETION_TOKENS,
            LlmUsage.COMPLETION_TOKENS.plus(excluded(LlmUsage.COMPLETION_TOKENS)))
        .set(LlmUsage.CALLS, LlmUsage.CALLS.plus(excluded(LlmUsage.CALLS)))
        .returningResult(LlmUsage.PROMPT_TOKENS.plus(LlmUsage.COMPLETION_TOKENS))
        .fetchOne()
        .value1();
  }

  /**
   * The business's days from {@code from} to {@code to}, both included, that had any calls; this
   * instance's tally is written first, so a report includes every call it answered.
   */
  public List<DayUsage> days(long businessId, LocalDate from, LocalDate to) {
    flush();
    return db.select(
            LlmUsage.DAY, LlmUsage.PROMPT_TOKENS, LlmUsage.COMPLETION_TOKENS, LlmUsage.CALLS)
        .from(LlmUsage.T)
        .where(LlmUsage.BUSINESS_ID.eq(businessId))
        .and(LlmUsage.DAY.between(from, to))
        .orderBy(LlmUsage.DAY)
        .fetch(TokenUsage::day);
  }

  private static DayUsage day(Record r) {
    return new DayUsage(
        r.get(LlmUsage.DAY),
        r.get(LlmUsage.PROMPT_TOKENS),
        r.get(LlmUsage.COMPLETION_TOKENS),
        r.get(LlmUsage.CALLS));
  }

  private long load(Day key) {
    Long total =
        db.select(sum(LlmUsage.PROMPT_TOKENS.plus(LlmUsage.COMPLETION_TOKENS)).cast(Long.class))
            .from(LlmUsage.T)
            .where(LlmUsage.BUSINESS_ID.eq(key.business()))
            .and(LlmUsage.DAY.eq(key.day()))
            .fetchOne()
            .value1();
    return total == null ? 0 : total;
  }
}
