package io.bookline.understanding;

import java.util.Locale;

/**
 * The customer's name in a message and what it does to the rest of the reading: a name given at the
 * name step or to correct the one at the confirmation is no intent; "that's not my name" at the
 * confirmation declines nothing; a staff member's name is not the customer's, and vice versa.
 */
record NameAnswer(String personName, boolean disputed, Intent intent, Long resourceId) {

  static NameAnswer of(
      Lexicon lexicon,
      String raw,
      UnderstandingContext context,
      Intent intent,
      DateTimeParser.Found found,
      Long serviceId,
      Long resourceId,
      boolean shifted) {
    String personName =
        PersonNames.personName(
            lexicon, raw, context.expecting(), intent, found, serviceId, shifted);
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
    return new NameAnswer(personName, disputed, intent, resourceId);
  }
}
