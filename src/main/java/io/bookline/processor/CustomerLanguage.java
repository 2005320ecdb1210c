package io.bookline.processor;

import io.bookline.booking.Catalog;
import io.bookline.channel.InboundMessage;
import io.bookline.db.Tx;
import io.bookline.session.Session;
import io.bookline.understanding.Expectation;
import io.bookline.understanding.HistoryLine;
import io.bookline.understanding.Language;
import io.bookline.understanding.LanguageDetector;

/**
 * Which language a customer is read and answered in (ADR 0027): the one their conversation was in
 * (the session's state), else the one stored on the customer (a session cleaned up or from before
 * languages were kept); then the message itself, through the sticky {@link LanguageDetector}, which
 * only an explicit request ("auf Deutsch bitte") or a clear lead changes. A first message, with no
 * language to keep, needs only a lead over the others, else it is read in the business's. The
 * result is stored on the customer whenever it changes, so it outlives sessions and restarts.
 */
final class CustomerLanguage {
  private final LanguageDetector detector;
  private final TurnRepository turns;

  CustomerLanguage(LanguageDetector detector, TurnRepository turns) {
    this.detector = detector;
    this.turns = turns;
  }

  /**
   * The language of this message: kept from the conversation (the session's, else the one stored on
   * the customer; Postgres is read only when the session does not know it) unless the message asks
   * for another or clearly leads in one; a customer's first message, with nothing to keep, is in
   * whichever language it leads in at all ("hola", "Preise?"), else the business's.
   */
  LanguageDetector.Detection of(Session session, Catalog catalog, InboundMessage message) {
    Language known = session.state().language();
    // Asked for a name, a name alone says nothing of the language ("María José García de la Vega").
    Expectation expecting = session.state().awaiting().expecting();
    if (known != null) {
      // "Hi", then "Hola": while the customer has only greeted, a hello in another language is
      // the one to answer in (ADR 0116); later one such word is a borrowed one.
      if (onlyGreeted(session)) {
        var greeted = detector.greetedIn(known, message.text());
        if (greeted.isPresent()) {
          return new LanguageDetector.Detection(greeted.get(), 1.0, false);
        }
      }
      return detector.detect(known, message.text(), expecting);
    }
    return turns
        .storedLanguage(message)
        .map(stored -> detector.detect(stored, message.text(), expecting))
        .orElseGet(() -> detector.first(Language.of(catalog.business().locale()), message.text()));
  }

  private boolean onlyGreeted(Session session) {
    return session.history().stream()
        .filter(l -> HistoryLine.CUSTOMER.equals(l.role()))
        .allMatch(l -> detector.onlyGreets(l.text()));
  }

  /** The customer's stored language, else the business's: for replies outside a turn (media). */
  Language stored(Catalog catalog, InboundMessage message) {
    return turns.storedLanguage(message).orElse(Language.of(catalog.business().locale()));
  }

  /** Stores the turn's language on the customer when the session did not have it already. */
  void remember(Tx tx, long customerId, Session session, Language language) {
    if (session.state().language() != language) {
      turns.rememberLanguage(tx, customerId, language);
    }
  }
}
