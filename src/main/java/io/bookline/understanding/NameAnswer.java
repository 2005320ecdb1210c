package io.bookline.understanding;

import java.util.List;
import java.util.Locale;

/**
 * The customer's name in a message and what it does to the rest of the reading: a name given at the
 * name step or to correct the one at the confirmation is no intent; "that's not my name" at the
 * confirmation declines nothing; a staff member's name is not the customer's, and vice versa.
 *
 * @param partner the second of two names told at once at the name question ("Kate and Tom"), or
 *     null
 */
record NameAnswer(
    String personName, boolean disputed, Intent intent, Long resourceId, String partner) {

  static NameAnswer of(
      Lexicon lexicon,
      String raw,
      UnderstandingContext context,
      Intent intent,
      DateTimeParser.Found found,
      Long serviceId,
      Long resourceId,
      boolean shifted) {
    // "Kate and Tom", "ok. names are Emma and Olivia" at the name question: two people (ADR 0097).
    List<String> two =
        context.expecting() == Expectation.NAME
                && found.date() == null
                && found.time() == null
                && serviceId == null
            ? TwoNames.in(lexicon, raw)
            : List.of();
    if (!two.isEmpty()) {
      return new NameAnswer(two.get(0), false, Intent.NONE, null, two.get(1));
    }
    String personName =
        PersonNames.personName(
            lexicon, raw, context.expecting(), intent, found, serviceId, shifted);
    if (personName != null
        && context.expecting() != Expectation.NAME
        && CatalogMatch.bestMatch(
                CatalogMatch.words(personName.toLowerCase(Locale.ROOT)), context.services())
            != null) {
      // "nur Marta für Gelnägel": a service written with a capital, as German nouns are, is no
      // name; at the name step the customer's answer is taken as given.
      personName = null;
    }
    if (personName != null
        && (context.expecting() == Expectation.NAME
            // "no, the name is Eva" at "Shall I book it?" corrects the name; it declines nothing.
            // "yes please, I'm Sam" (to "shall I ask a person?") still says yes.
            || context.expecting() == Expectation.CONFIRMATION && intent != Intent.YES)) {
      intent = Intent.NONE;
    }
    // "that's not my name" at "Shall I book it?" declines nothing: the name is asked again.
    boolean disputed =
        personName == null
            && context.expecting() == Expectation.CONFIRMATION
            && NameDisputes.said(raw);
    if (disputed) {
      intent = Intent.NONE;
    }
    // A staff member's name is not the customer's, and vice versa ("I'm Jo" with Marta is both).
    if (personName != null
        && resourceId != null
        && CatalogMatch.bestMatch(
                CatalogMatch.words(personName.toLowerCase(Locale.ROOT)), context.resources())
            != null) {
      resourceId = context.expecting() == Expectation.NAME ? null : resourceId;
      personName = context.expecting() == Expectation.NAME ? personName : null;
    }
    return new NameAnswer(personName, disputed, intent, resourceId, null);
  }
}
