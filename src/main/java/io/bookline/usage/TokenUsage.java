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
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The tokens each business spent per day, in Postgres ({@code llm_usage}, one row per business and
 * day, added to in one upsert per answered model call).
 *
 * <p>The budget check reads a short-lived memory copy of the day's total: this instance's own calls
 * update it at once (the upsert returns the new total, which includes every instance's calls so
 * far), other instances' calls are seen within {@link #FRESH}. So with N instances a business may
 * overrun its budget by at most the calls the others make in that time; the ledger itself is exact.
 */
public final class TokenUsage implements TokenLedger {
  /** How long a day's total read from Postgres is trusted for the budget check. */
  static final Duration FRESH = Duration.ofSeconds(30);

  private final DSLContext db;
  private final Cache<Day, Long> totals =
      Caffeine.newBuilder().expireAfterWrite(FRESH).maximumSize(10_000).build();

  public TokenUsage(DSLContext db) {
    this.db = db;
  }

  private record Day(long business, LocalDate day) {}

  /** One business's usage on one day. */
  public record DayUsage(LocalDate day, long promptTokens, long completionTokens, long calls) {
    public long totalTokens() {
      return promptTokens + completionTokens;
    }
  }

  @Override
  public long spent(long businessId, LocalDate day) {
    return totals.get(new Day(businessId, day), this::load);
  }

  @Override
  public void spend(long businessId, LocalDate day, long promptTokens, long completionTokens) {
    Long total =
        db.insertInto(LlmUsage.T)
            .set(LlmUsage.BUSINESS_ID, businessId)
            .set(LlmUsage.DAY, day)
            .set(LlmUsage.PROMPT_TOKENS, promptTokens)
            .set(LlmUsage.COMPLETION_TOKENS, completionTokens)
            .set(LlmUsage.CALLS, 1L)
            .onConflict(LlmUsage.BUSINESS_ID, LlmUsage.DAY)
            .doUpdate()
            .set(
                LlmUsage.PROMPT_TOKENS,
                LlmUsage.PROMPT_TOKENS.plus(excluded(LlmUsage.PROMPT_TOKENS)))
            .set(
                LlmUsage.COMPLETION_TOKENS,
                LlmUsage.COMPLETION_TOKENS.plus(excluded(LlmUsage.COMPLETION_TOKENS)))
            .set(LlmUsage.CALLS, LlmUsage.CALLS.plus(1L))
            .returningResult(LlmUsage.PROMPT_TOKENS.plus(LlmUsage.COMPLETION_TOKENS))
            .fetchOne()
            .value1();
    totals.put(new Day(businessId, day), total);
  }

  /** The business's days from {@code from} to {@code to}, both included, that had any calls. */
  public List<DayUsage> days(long businessId, LocalDate from, LocalDate to) {
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
