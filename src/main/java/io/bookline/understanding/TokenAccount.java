package io.bookline.understanding;

/**
 * Whose conversation a model call is for, and that business's daily token budget.
 *
 * @param businessId the business that pays; 0 for none (a call outside any business)
 * @param business its slug, the tag of its token metrics
 * @param dailyBudget prompt plus completion tokens it may spend per day; null: no limit
 */
public record TokenAccount(long businessId, String business, Long dailyBudget) {
  /** No business: nothing is counted against anyone. */
  public static final TokenAccount NONE = new TokenAccount(0, "", null);

  public TokenAccount {
    business = business == null ? "" : business;
  }

  boolean counted() {
    return businessId > 0;
  }
}
