package io.bookline.processor;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.bookline.booking.Business;
import io.bookline.booking.Catalog;
import io.bookline.booking.CatalogFacts;
import io.bookline.booking.DialogueState;
import io.bookline.understanding.HistoryLine;
import io.bookline.understanding.Named;
import io.bookline.understanding.TokenAccount;
import io.bookline.understanding.UnderstandingContext;
import java.time.Instant;
import java.util.List;

/**
 * What a message is read against: the business's clock, services, staff and language, what the bot
 * asked last, the catalog and the conversation's position as text for a model, its history, the
 * booking horizon and the business a model call is counted against.
 */
final class ReadingContext {
  /**
   * Each catalog's services and staff as the reading names them, made once: a {@link Named} folds
   * its names when it is made, and the repository hands out the same catalog instance until it
   * changes. Weak keys compare by identity and let a replaced catalog go (as {@code CatalogFacts}).
   */
  private static final Cache<Catalog, Entries> NAMED =
      Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();

  private ReadingContext() {}

  private record Entries(List<Named> services, List<Named> resources) {
    static Entries of(Catalog catalog) {
      // List.copyOf: a list that holds no nulls, which UnderstandingContext takes as it is.
      return new Entries(
          List.copyOf(
              catalog.services().stream()
                  .map(s -> new Named(s.id(), s.name(), s.matchWords()))
                  .toList()),
          List.copyOf(
              catalog.resources().stream()
                  .map(r -> new Named(r.id(), r.name(), List.of(), r.serviceIds()))
                  .toList()));
    }
  }

  static UnderstandingContext of(
      Catalog catalog, DialogueState state, Instant now, List<HistoryLine> history) {
    var zone = catalog.business().zone();
    Entries entries = NAMED.get(catalog, Entries::of);
    return new UnderstandingContext(
            now.atZone(zone).toLocalDateTime(),
            zone,
            catalog.business().locale(),
            entries.services(),
            entries.resources(),
            state.awaiting().expecting(),
            CatalogFacts.describe(catalog),
            CatalogFacts.situation(catalog, state),
            history)
        .withHorizon(catalog.business().horizonDays())
        .paidBy(account(catalog.business()));
  }

  /** The business a model call is counted against, with its daily token budget. */
  static TokenAccount account(Business business) {
    return new TokenAccount(business.id(), business.slug(), business.dailyTokenBudget());
  }
}
