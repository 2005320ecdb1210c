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
    int digits = digits(currency);
    if (fits(price, digits)) {
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

  /** The decimals a price in {@code currency} may have: its minor units, at most the column's 2. */
  static int digits(String currency) {
    try {
      int minor = Currency.getInstance(currency).getDefaultFractionDigits();
      return minor < 0 ? 2 : Math.min(minor, 2);
    } catch (IllegalArgumentException e) {
      return 2; // a code the JDK does not know: the column's 2 decimals
    }
  }

  /** Whether {@code price} has at most {@code digits} decimals (35.00 has none). */
  static boolean fits(BigDecimal price, int digits) {
    return price.stripTrailingZeros().scale() <= digits;
  }

  /** A price as every answer shows it: with the column's 2 decimals (35.00, never 35). */
  static BigDecimal money(BigDecimal price) {
    return price == null ? null : price.setScale(2, RoundingMode.HALF_EVEN);
  }
}
