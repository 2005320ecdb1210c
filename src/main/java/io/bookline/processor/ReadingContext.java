package io.bookline.processor;

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
  private ReadingContext() {}

  static UnderstandingContext of(
      Catalog catalog, DialogueState state, Instant now, List<HistoryLine> history) {
    var zone = catalog.business().zone();
    List<Named> services =
        catalog.services().stream().map(s -> new Named(s.id(), s.name(), s.matchWords())).toList();
    List<Named> resources =
        catalog.resources().stream()
            .map(r -> new Named(r.id(), r.name(), List.of(), r.serviceIds()))
            .toList();
    return new UnderstandingContext(
            now.atZone(zone).toLocalDateTime(),
            zone,
            catalog.business().locale(),
            services,
            resources,
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
