package io.bookline.understanding;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
    boolean dots = lexicon.dates().afterNumber().containsKey(".");
    List<Tokenizer.Token> tokens =
        reader
            .speller()
            .correct(
                Tokenizer.tokenize(raw, dots),
                CatalogMatch.ownWords(context.services(), context.resources()));
    MessageWords message = MessageWords.of(raw, tokens);
    // "buenas tardes", "good evening" greet: they name no part of the day.
    List<Tokenizer.Token> read = Greetings.after(reader.intents(), message, tokens);
    DateTimeParser.Found found = MessageDates.read(reader, read, raw, context);
    String normalized = joined(tokens);
    List<String> words = CatalogMatch.words(normalized);
    // Names that differ only by case ("Haircut", "haircut") are told apart by the text as typed.
    CatalogMatch.Match service = CatalogMatch.match(raw, words, context.services());
    // "manicure and pedicure": the booking starts with the first, the others wait their turn.
    MentionFinder.Services named = MentionFinder.services(words, context.services(), service.id());
    String unknownService =
        MentionFinder.unknownService(
            reader.otherServices(), message, tokens, raw, context.services());
    Long serviceId = MentionFinder.wholly(named, unknownService, words, context.services());
    Long resourceId = CatalogMatch.bestMatch(raw, words, context.resources());
    List<String> phraseWords = message.words();
    Intent intent = reader.intents().first(phraseWords, message.clauses());
    // "an hour and a half later", "media hora antes": an amount to move a time by.
    ShiftAmounts.Found amount = lexicon.amounts().find(phraseWords, lexicon.dates());
    if (intent == Intent.ASK_HOURS) {
      // "in 3 hours", "two hours later": those hours are a time, not a question about ours.
      Set<String> claimed = MessageDates.words(raw, found);
      claimed.addAll(amount == null ? List.of() : amount.words());
      MessageWords rest = message.without(claimed);
      intent = reader.intents().first(rest.words(), rest.clauses());
    }
    if (intent == null) {
      intent = YesOrNo.unphrased(reader, readers.values(), message, context.expecting());
    }
    intent = intent == null ? Intent.NONE : intent;
    // "what are your hours? and who works there": every question, in the order asked.
    List<Intent> asked =
        Mentions.QUESTIONS.contains(intent)
            ? Questions.asked(reader.intents(), message.without(MessageDates.words(raw, found)))
            : List.of();
    intent = YesOrNo.unlessClosing(reader, phraseWords, intent);
    Slots booked = Slots.NONE;
    int first = tokens.size() - read.size();
    Function<List<Tokenizer.Token>, DateTimeParser.Found> part =
        p -> MessageDates.read(reader, p, raw, context);
    CannotKeep.Split split =
        CannotKeep.split(
            reader.cannotKeep(), reader.intents(), message, tokens, first, part, intent);
    if (split == null) {
      // "my saturday appointment an hour earlier": that day is the booking's, the move the wish.
      boolean by = lexicon.amounts().find(phraseWords, lexicon.dates()) != null;
      split = reader.named().split(message, tokens, first, part, intent, by, serviceId);
    }
    if (split != null) {
      found = split.wish();
      booked = split.booked();
      intent = split.intent();
    }
    // The time under discussion moved by the amount, unless the message names a time.
    Duration by =
        amount != null && found.time() == null && found.unresolved().isEmpty() ? amount.by() : null;
    boolean nothingNamed =
        by == null
            && serviceId == null
            && resourceId == null
            && found.date() == null
            && found.time() == null
            && found.partOfDay() == null
            && found.unresolved().isEmpty()
            // "anything later?" asks about the times under discussion.
            && reader.shifts().first(phraseWords, message.clauses()) == null;
    intent =
        nothingNamed
            ? UnknownQuestion.of(reader, raw, message, intent)
            : UnknownQuestion.unlessQuestion(intent);
    // "¿está Anna mañana?", "Anna tomorrow?": whether she works then, nothing booked yet.
    if (intent == Intent.NONE
        && by == null
        && MentionFinder.staffOnADay(raw, context.expecting(), resourceId, serviceId, found)) {
      intent = Intent.ASK_STAFF;
    }
    // "anything later?": relative to the time under discussion, unless the message names a time.
    TimeShift shift =
        found.time() == null && found.unresolved().isEmpty()
            ? reader.shifts().first(phraseWords, message.clauses())
            : null;
    if (by != null) {
      shift = by.isNegative() ? TimeShift.EARLIER : TimeShift.LATER;
    }
    NameAnswer person =
        NameAnswer.of(lexicon, raw, context, intent, found, serviceId, resourceId, shift != null);
    intent = person.intent();
    resourceId = person.resourceId();
    Integer choice =
        context.expecting() == Expectation.CHOICE || context.expecting() == Expectation.TIME
            ? ListChoice.of(lexicon, phraseWords)
            : null;
    Slots slots =
        new Slots(
            serviceId,
            found.date(),
            found.time(),
            found.time() == null ? null : found.qualifier(),
            found.partOfDay(),
            resourceId);
    Mentions mentions =
        new Mentions(
            // "a gel manicure and a massage": the massage is reported beside the booking.
            unknownService,
            named.more(),
            resourceId == null && (intent == Intent.BOOK || intent == Intent.NONE)
                ? MentionFinder.unknownStaff(
                    lexicon.withStaff(),
                    reader.known(),
                    message,
                    tokens,
                    raw,
                    context.services(),
                    context.resources())
                : null,
            Questions.beyond(asked, intent),
            MentionFinder.people(
                reader.party(), message, words, lexicon.dates().numbers(), context.services()));
    return new Reading(
        intent,
        slots,
        person.personName(),
        choice,
        name(),
        new Evidence(
            found.dateSpan(),
            found.timeSpan(),
            RelativeWords.unplaced(
                reader.sameTime(),
                reader.otherDay(),
                reader.named().rightAfter(),
                message,
                tokens,
                raw,
                found),
            found.dateByWeekday(),
            serviceId != null && serviceId.equals(service.id()) && !service.exact(),
            booked,
            mentions,
            person.disputed(),
            FollowUps.opens(lexicon.language(), phraseWords)),
        shift,
        by);
  }

  private static String joined(List<Tokenizer.Token> tokens) {
    StringBuilder out = new StringBuilder();
    for (Tokenizer.Token t : tokens) {
      out.append(out.isEmpty() ? "" : " ").append(t.text());
    }
    return out.toString();
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
