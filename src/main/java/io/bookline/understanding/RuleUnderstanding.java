package io.bookline.understanding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Offline understanding: keyword phrases from a {@link Lexicon}, fuzzy catalog matching and {@link
 * DateTimeParser}, in the language the context names (the first lexicon's when it has none of
 * them). The default when no LLM is configured and the fallback when it fails, so it must never
 * throw and never be slow.
 */
public final class RuleUnderstanding implements Understanding {

  private final Map<Language, LanguageReader> readers = new EnumMap<>(Language.class);
  private final LanguageReader fallback;

  /** One language only; every message is read in it. */
  public RuleUnderstanding(Lexicon lexicon) {
    this(List.of(lexicon));
  }

  /** Several languages; a message is read in its context's language. */
  public RuleUnderstanding(List<Lexicon> lexicons) {
    for (Lexicon l : lexicons) {
      readers.put(l.language(), new LanguageReader(l));
    }
    this.fallback = readers.get(lexicons.getFirst().language());
  }

  /** The languages this understanding reads. */
  public Set<Language> languages() {
    return Set.copyOf(readers.keySet());
  }

  @Override
  public String name() {
    return "rules";
  }

  @Override
  public Reading interpret(String text, UnderstandingContext context) {
    String raw = text == null ? "" : text.strip();
    if (raw.isEmpty()) {
      return Reading.nothing(name());
    }
    LanguageReader reader = readers.getOrDefault(context.language(), fallback);
    Lexicon lexicon = reader.lexicon();
    Heard heard = Heard.of(reader, raw, context);
    List<String> phraseWords = heard.phraseWords();
    CatalogNames names = CatalogNames.of(reader, heard, raw, context);
    // "an hour and a half later", "media hora antes": an amount to move a time by.
    ShiftAmounts.Found amount = lexicon.amounts().find(phraseWords, lexicon.dates());
    PhrasedIntent phrased = PhrasedIntent.of(reader, readers.values(), heard, raw, context, amount);
    // "Tuesday doesn't work after all": a booking that cannot be kept, when nothing was asked.
    Intent intent = DoesNotSuit.intent(reader, heard, context, phrased.intent());
    DateTimeParser.Found found = TimeMove.unclaimed(raw, heard.found(), amount);
    Slots booked = Slots.NONE;
    boolean bookedByWeekday = false;
    CannotKeep.Split split =
        BookedDay.split(reader, heard, raw, context, intent, amount != null, names.serviceId());
    if (split != null) {
      found = split.wish();
      booked = split.booked();
      bookedByWeekday = split.byWeekday();
      intent = split.intent();
    }
    TimeMove move = TimeMove.of(reader, heard.message(), found, amount);
    intent = settled(reader, raw, heard, context, intent, names, found, move);
    NameAnswer person =
        NameAnswer.of(
            lexicon,
            raw,
            context,
            intent,
            found,
            names.serviceId(),
            names.resourceId(),
            move.shift() != null);
    intent = person.intent();
    Long resourceId = person.resourceId();
    Integer choice =
        context.expecting() == Expectation.CHOICE || context.expecting() == Expectation.TIME
            ? ListChoice.of(lexicon, phraseWords)
            : null;
    Slots slots =
        new Slots(
            names.serviceId(),
            found.date(),
            found.time(),
            found.time() == null ? null : found.qualifier(),
            found.partOfDay(),
            resourceId);
    Mentions mentions =
        mentions(reader, raw, context, heard, names, resourceId, intent, phrased.asked());
    return new Reading(
        intent,
        slots,
        person.personName(),
        choice,
        name(),
        person.partner() == null
            ? evidence(reader, raw, heard, names, found, booked, bookedByWeekday, mentions, person)
            : evidence(reader, raw, heard, names, found, booked, bookedByWeekday, mentions, person)
                .withWhom(new Whom(person.partner(), false)),
        move.shift(),
        move.by());
  }

  /** The words behind the reading, for the dialogue to weigh. */
  private static Evidence evidence(
      LanguageReader reader,
      String raw,
      Heard heard,
      CatalogNames names,
      DateTimeParser.Found found,
      Slots booked,
      boolean bookedByWeekday,
      Mentions mentions,
      NameAnswer person) {
    return new Evidence(
        found.dateSpan(),
        found.timeSpan(),
        RelativeWords.unplaced(
            reader.sameTime(),
            reader.otherDay(),
            reader.named().rightAfter(),
            heard.message(),
            heard.tokens(),
            raw,
            found),
        found.dateByWeekday(),
        names.fuzzy(),
        booked,
        mentions,
        person.disputed(),
        FollowUps.opens(reader.lexicon().language(), heard.phraseWords())
            || FollowUps.also(reader.lexicon().language(), heard.phraseWords()),
        false,
        bookedByWeekday);
  }

  /**
   * The intent once the rest of the message is weighed: a message that names nothing may be a
   * question no phrase knows, and "¿está Anna mañana?" asks whether she works then.
   */
  private static Intent settled(
      LanguageReader reader,
      String raw,
      Heard heard,
      UnderstandingContext context,
      Intent intent,
      CatalogNames names,
      DateTimeParser.Found found,
      TimeMove move) {
    boolean nothingNamed =
        move.none()
            && names.serviceId() == null
            && names.resourceId() == null
            && found.date() == null
            && found.time() == null
            && found.partOfDay() == null
            && found.unresolved().isEmpty();
    intent =
        nothingNamed
            ? UnknownQuestion.of(reader, raw, heard.message(), intent)
            : UnknownQuestion.unlessQuestion(intent);
    // "¿está Anna mañana?", "Anna tomorrow?": whether she works then, nothing booked yet.
    if (intent == Intent.NONE
        && move.by() == null
        && MentionFinder.staffOnADay(
            raw, context.expecting(), names.resourceId(), names.serviceId(), found)) {
      return Intent.ASK_STAFF;
    }
    return intent;
  }

  /** What the message mentions beside the booking: other services, staff, questions, people. */
  private static Mentions mentions(
      LanguageReader reader,
      String raw,
      UnderstandingContext context,
      Heard heard,
      CatalogNames names,
      Long resourceId,
      Intent intent,
      List<Intent> asked) {
    Lexicon lexicon = reader.lexicon();
    int people = MentionFinder.people(reader.party(), heard, lexicon.dates(), context.services());
    // "I want a basic mani and she wants a gel": the gel is hers, not a second service for both.
    // "pedicure for me and gel for my friend Sophie": each service for a different person.
    if (people == 1
        && TheirServices.splitBetweenTwo(heard.message(), context.services(), names.named())) {
      people = 2;
    }
    List<Long> theirs =
        TheirServices.of(heard.message(), context.services(), names.named(), people);
    List<Long> more = new ArrayList<>(names.named().more());
    more.removeAll(theirs);
    return new Mentions(
        // "a gel manicure and a massage": the massage is reported beside the booking.
        names.unknownService(),
        more,
        resourceId == null && (intent == Intent.BOOK || intent == Intent.NONE)
            ? MentionFinder.unknownStaff(
                lexicon.withStaff(),
                reader.known(),
                heard.message(),
                heard.tokens(),
                raw,
                context.services(),
                context.resources())
            : null,
        // "is there parking?" alone with nothing under way: the honest answer offers a person.
        intent == Intent.QUESTION && context.expecting() == Expectation.NOTHING
            ? List.of()
            : Questions.beyond(asked, intent),
        people,
        theirs);
  }

  /** The words of a text: runs of letters and digits, apostrophes dropped ("i'd" → "id"). */
  static List<String> words(String normalized) {
    return CatalogMatch.words(normalized);
  }

  /** The catalog entry the words name, or null when none or several match equally well. */
  static Long bestMatch(List<String> words, List<Named> candidates) {
    return CatalogMatch.bestMatch(words, candidates);
  }
}
