package io.bookline.owner;

import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.Services;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;

/**
 * A business may switch to a currency only when every service's price can be written in it: a
 * switch to JPY (no minor unit) with a service at 35.50 is refused, naming the services, so the
 * owner sets the new prices herself (ADR 0117). Prices are never converted or rounded on her
 * behalf: the same number in another currency is no conversion, and a rounded price is one the
 * customer is quoted without the owner having said it.
 */
final class CurrencyChange {
  /** At most this many services are named in one problem. */
  private static final int MAX_NAMED = 10;

  private CurrencyChange() {}

  /**
   * Adds a {@code currency} problem when {@code currency} differs from the business's and some of
   * its services have more decimals than it allows. The currency the business has passes as it is:
   * the console sends every rule on each save.
   */
  static void check(DSLContext db, long business, String currency, Problems problems) {
    String now =
        db.select(Businesses.CURRENCY)
            .from(Businesses.T)
            .where(Businesses.ID.eq(business))
            .fetchOne(Businesses.CURRENCY);
    if (currency == null || now == null || now.equals(currency)) {
      return;
    }
    int digits = Prices.digits(currency);
    List<String> misfits =
        db
            .select(Services.NAME, Services.PRICE)
            .from(Services.T)
            .where(Services.BUSINESS_ID.eq(business))
            .and(Services.DELETED_AT.isNull())
            .orderBy(Services.ID)
            .fetch()
            .stream()
            .filter(r -> !Prices.fits(r.value2(), digits))
            .map(r -> r.value1() + " (" + plain(r.value2()) + ")")
            .toList();
    if (misfits.isEmpty()) {
      return;
    }
    String named =
        misfits.size() <= MAX_NAMED
            ? String.join(", ", misfits)
            : String.join(", ", misfits.subList(0, MAX_NAMED))
                + " and "
                + (misfits.size() - MAX_NAMED)
                + " more";
    String rule =
        digits == 0
            ? currency + " has no minor unit, so every price must be a whole number"
            : currency + " prices have at most " + digits + " decimal" + (digits == 1 ? "" : "s");
    problems.add(
        "currency",
        rule + "; set these services' prices first, then switch from " + now + ": " + named);
  }

  private static String plain(BigDecimal price) {
    return Prices.money(price).toPlainString();
  }
}
