package io.bookline.understanding;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * What understanding may know about the turn: the business's local "now" (relative dates are
 * resolved against it), its catalog names, what the dialogue is waiting for, and for a model also
 * the catalog as text, where the conversation stands and its recent messages. Nothing here belongs
 * to another customer.
 *
 * @param facts the business's services, prices, staff and hours as plain text
 * @param situation the current goal and the slots filled so far as plain text
 * @param history the conversation's most recent messages, oldest first
 * @param language the language the customer writes in (the offline rules read that language)
 * @param horizonDays how many days ahead a booking may start; a model's date beyond is rejected
 */
public record UnderstandingContext(
    LocalDateTime now,
    ZoneId zone,
    Locale locale,
    List<Named> services,
    List<Named> resources,
    Expectation expecting,
    String facts,
    String situation,
    List<HistoryLine> history,
    Language language,
    int horizonDays,
    TokenAccount account) {

  /** Without a business's own horizon, a model may name any day up to a year ahead. */
  public static final int DEFAULT_HORIZON_DAYS = 365;

  public UnderstandingContext {
    horizonDays = horizonDays <= 0 ? DEFAULT_HORIZON_DAYS : horizonDays;
    language = language == null ? Language.of(locale) : language;
    services = List.copyOf(services);
    resources = List.copyOf(resources);
    history = history == null ? List.of() : List.copyOf(history);
    facts = facts == null ? "" : facts;
    situation = situation == null ? "" : situation;
    account = account == null ? TokenAccount.NONE : account;
  }

  /** A context that no business pays for. */
  public UnderstandingContext(
      LocalDateTime now,
      ZoneId zone,
      Locale locale,
      List<Named> services,
      List<Named> resources,
      Expectation expecting,
      String facts,
      String situation,
      List<HistoryLine> history,
      Language language,
      int horizonDays) {
    this(
        now,
        zone,
        locale,
        services,
        resources,
        expecting,
        facts,
        situation,
        history,
        language,
        horizonDays,
        TokenAccount.NONE);
  }

  /** A context with the default horizon. */
  public UnderstandingContext(
      LocalDateTime now,
      ZoneId zone,
      Locale locale,
      List<Named> services,
      List<Named> resources,
      Expectation expecting,
      String facts,
      String situation,
      List<HistoryLine> history,
      Language language) {
    this(now, zone, locale, services, resources, expecting, facts, situation, history, language, 0);
  }

  /** A context in the business's language. */
  public UnderstandingContext(
      LocalDateTime now,
      ZoneId zone,
      Locale locale,
      List<Named> services,
      List<Named> resources,
      Expectation expecting,
      String facts,
      String situation,
      List<HistoryLine> history) {
    this(now, zone, locale, services, resources, expecting, facts, situation, history, null);
  }

  /** The same context read in another language. */
  public UnderstandingContext in(Language other) {
    return new UnderstandingContext(
        now,
        zone,
        locale,
        services,
        resources,
        expecting,
        facts,
        situation,
        history,
        other,
        horizonDays,
        account);
  }

  /** The same context with the business's booking horizon. */
  public UnderstandingContext withHorizon(int days) {
    return new UnderstandingContext(
        now, zone, locale, services, resources, expecting, facts, situation, history, language,
        days, account);
  }

  /** The same context, paid for by this business. */
  public UnderstandingContext paidBy(TokenAccount payer) {
    return new UnderstandingContext(
        now,
        zone,
        locale,
        services,
        resources,
        expecting,
        facts,
        situation,
        history,
        language,
        horizonDays,
        payer);
  }

  /** A context without the model-only parts (facts, situation, history). */
  public UnderstandingContext(
      LocalDateTime now,
      ZoneId zone,
      Locale locale,
      List<Named> services,
      List<Named> resources,
      Expectation expecting) {
    this(now, zone, locale, services, resources, expecting, "", "", List.of());
  }
}
