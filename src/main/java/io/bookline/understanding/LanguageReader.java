package io.bookline.understanding;

import java.util.Map;
import java.util.Set;

/**
 * How one language is read by {@link RuleUnderstanding}: its words, date/time rules, speller,
 * intent phrases, the phrases asking for a later or earlier time, and the phrases that say a
 * booking cannot be kept or ask for its own time. Built once per {@link Lexicon}.
 */
record LanguageReader(
    Lexicon lexicon,
    DateTimeParser dates,
    Speller speller,
    Phrases<Intent> intents,
    Phrases<TimeShift> shifts,
    Set<String> known,
    Phrases<Boolean> cannotKeep,
    Phrases<Boolean> sameTime,
    Phrases<Boolean> otherServices,
    Phrases<Boolean> closings,
    Phrases<Boolean> otherDay,
    Phrases<Boolean> party,
    NamedBooking named) {

  /**
   * The intents a negation takes back: "I don't want to cancel" is no cancellation. Asking for a
   * booking in the negative still asks for one ("¿no tenéis hueco el viernes?").
   */
  private static final Set<Intent> NEGATABLE =
      Set.of(Intent.CANCEL, Intent.RESCHEDULE, Intent.CHANGE);

  LanguageReader(Lexicon lexicon) {
    this(
        lexicon,
        new DateTimeParser(lexicon.dates()),
        new Speller(lexicon.spelling(), lexicon.dates()),
        new Phrases<>(lexicon.intents(), lexicon.negations(), NEGATABLE),
        new Phrases<>(lexicon.shifts()),
        LanguageDetector.vocabulary(lexicon),
        new Phrases<>(Map.of(true, lexicon.cannotKeep())),
        new Phrases<>(Map.of(true, lexicon.sameTime())),
        new Phrases<>(Map.of(true, lexicon.otherServices())),
        new Phrases<>(Map.of(true, lexicon.closings())),
        new Phrases<>(Map.of(true, lexicon.otherDay())),
        new Phrases<>(Map.of(true, lexicon.party())),
        new NamedBooking(lexicon.namedBookings()));
  }
}
