package io.bookline.booking;

import io.bookline.understanding.Language;
import java.time.Instant;
import java.util.Locale;

/**
 * What the dialogue knows besides the state: the catalog, the moment, who is writing, the language
 * to answer in, and storage bound to this turn's transaction.
 *
 * @param stateVersion the session version the turn started from; part of each offer's key
 * @param language the customer's language this turn (ADR 0027)
 * @param languageSwitched the customer asked for {@code language} in so many words this turn
 */
public record TurnContext(
    Catalog catalog,
    Instant now,
    long customerId,
    long conversationId,
    long stateVersion,
    BookingPort port,
    Language language,
    boolean languageSwitched) {

  public TurnContext {
    language = language == null ? Language.of(catalog.business().locale()) : language;
  }

  /** A turn in the business's language. */
  public TurnContext(
      Catalog catalog,
      Instant now,
      long customerId,
      long conversationId,
      long stateVersion,
      BookingPort port) {
    this(catalog, now, customerId, conversationId, stateVersion, port, null, false);
  }

  /**
   * The locale the bot answers in: the customer's language, in the business's country when the
   * business writes that language too (so "es-MX" stays Mexican Spanish).
   */
  public Locale locale() {
    Locale business = catalog.business().locale();
    return business.getLanguage().equals(language.code()) ? business : language.locale();
  }
}
