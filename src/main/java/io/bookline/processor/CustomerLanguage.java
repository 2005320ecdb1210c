package io.bookline.processor;

import io.bookline.booking.Catalog;
import io.bookline.channel.InboundMessage;
import io.bookline.db.Tx;
import io.bookline.session.Session;
import io.bookline.understanding.Language;
import io.bookline.understanding.LanguageDetector;

/**
 * Which language a customer is read and answered in (ADR 0027): the one their conversation was in
 * (the session's state), else the one stored on the customer (a session cleaned up or from before
 * languages were kept), else the business's; then the message itself, through the sticky {@link
 * LanguageDetector}, which only an explicit request ("auf Deutsch bitte") or a clear lead changes.
 * The result is stored on the customer whenever it changes, so it outlives sessions and restarts.
 */
final class CustomerLanguage {
  private final LanguageDetector detector;
  private final TurnRepository turns;

  CustomerLanguage(LanguageDetector detector, TurnRepository turns) {
    this.detector = detector;
    this.turns = turns;
  }

  /** The language before this message; reads Postgres only when the session does not know it. */
  Language before(Session session, Catalog catalog, InboundMessage message) {
    Language known = session.state().language();
    return known != null ? known : stored(catalog, message);
  }

  /** The customer's stored language, else the business's: for replies outside a turn (media). */
  Language stored(Catalog catalog, InboundMessage message) {
    return turns.storedLanguage(message).orElse(Language.of(catalog.business().locale()));
  }

  /** The language of this message, given the one before it. */
  LanguageDetector.Detection of(Language before, String text) {
    return detector.detect(before, text);
  }

  /** Stores the turn's language on the customer when the session did not have it already. */
  void remember(Tx tx, long customerId, Session session, Language language) {
    if (session.state().language() != language) {
      turns.rememberLanguage(tx, customerId, language);
    }
  }
}
