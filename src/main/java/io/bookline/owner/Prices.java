package io.bookline.owner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Prices as the owner API takes and shows them. */
final class Prices {
  private Prices() {}

  /**
   * A price has at most as many decimals as the business's currency has minor units (EUR 2, JPY
   * none), and never more than the 2 the column keeps.
   */
  static void decimals(Problems problems, BigDecimal price, String currency) {
    int digits = 2;
    try {
      int minor = Currency.getInstance(currency).getDefaultFractionDigits();
      digits = minor < 0 ? 2 : Math.min(minor, 2);
    } catch (IllegalArgumentException e) {
      // a code the JDK does not know: the column's 2 decimals
    }
    if (price.stripTrailingZeros().scale() <= digits) {
      return;
    }
    problems.add(
        "price",
        digits == 0
            ? currency
                + " has no minor unit: the price must be a whole number, not "
                + price.toPlainString()
            : "must have at most " + digits + " decimals, not " + price.toPlainString());
  }

  /** A price as every answer shows it: with the column's 2 decimals (35.00, never 35). */
  static BigDecimal money(BigDecimal price) {
    return price == null ? null : price.setScale(2, RoundingMode.HALF_EVEN);
  }
}
