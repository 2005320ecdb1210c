package io.bookline.understanding;

import java.time.LocalDate;

/**
 * The model tokens each business spent per day (its own time zone's day): what the daily budget is
 * checked against and what {@code GET /api/usage} reports.
 */
public interface TokenLedger {
  /** Prompt plus completion tokens the business has spent on that day, as far as known. */
  long spent(long businessId, LocalDate day);

  /** Adds one answered call's tokens to the business's day. */
  void spend(long businessId, LocalDate day, long promptTokens, long completionTokens);

  /** Counts nothing: every business is always within budget. */
  TokenLedger NONE =
      new TokenLedger() {
        @Override
        public long spent(long businessId, LocalDate day) {
          return 0;
        }

        @Override
        public void spend(long businessId, LocalDate day, long promptTokens, long completion) {}
      };
}
