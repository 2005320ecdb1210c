package io.bookline.understanding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

  /**
   * The intents a negation takes back: "I don't want to cancel" is no cancellation. Asking for a
   * booking in the negative still asks for one ("¿no tenéis hueco el viernes?").
   */
  private static final Set<Intent> NEGATABLE =
      Set.of(Intent.CANCEL, Intent.RESCHEDULE, Intent.CHANGE);

  /**
   * How one language is read: its words, date/time rules, speller, intent phrases, the phrases
   * asking for a later or earlier time, and the phrases that say a booking cannot be kept or ask
   * for its own time.
   */
  private record Reader(
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
    Reader(Lexicon lexicon) {
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

  private final Map<Language, Reader> readers = new EnumMap<>(Language.class);
  private final Reader fallback;

  /** One language only; every message is read in it. */
  public RuleUnderstanding(Lexicon lexicon) {
    this(List.of(lexicon));
  }

  /** Several languages; a message is read in its context's language. */
  public RuleUnderstanding(List<Lexicon> lexicons) {
    for (Lexicon l : lexicons) {
      readers.put(l.language(), new Reader(l));
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
    Reader reader = readers.getOrDefault(context.language(), fallback);
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
    DateTimeParser.Found found = dates(reader, read, raw, context);
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
      Set<String> claimed = dateTimeWords(raw, found);
      claimed.addAll(amount == null ? List.of() : amount.words());
      MessageWords rest = message.without(claimed);
      intent = reader.intents().first(rest.words(), rest.clauses());
    }
    if (intent == null) {
      intent = DrawnOut.yesOrNo(reader.intents(), message);
    }
    if (intent == null && context.expecting() == Expectation.CONFIRMATION) {
      intent = yesOrNoInAnotherLanguage(reader, message);
    }
    intent = intent == null ? Intent.NONE : intent;
    // "what are your hours? and who works there": every question, in the order asked.
    List<Intent> asked =
        Mentions.QUESTIONS.contains(intent)
            ? Questions.asked(reader.intents(), message.without(dateTimeWords(raw, found)))
            : List.of();
    // "ok thanks", "ok bye" close the conversation; they agree to nothing asked.
    if (intent == Intent.YES && reader.closings().first(phraseWords) != null) {
      intent = Intent.THANKS;
    }
    Slots booked = Slots.NONE;
    int first = tokens.size() - read.size();
    Function<List<Tokenizer.Token>, DateTimeParser.Found> part =
        p -> dates(reader, p, raw, context);
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
    intent = nothingNamed ? question(reader, raw, message, intent) : unlessQuestion(intent);
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
    String personName =
        PersonNames.personName(
            lexicon, raw, context.expecting(), intent, found, serviceId, shift != null);
    if (personName != null
        && (context.expecting() == Expectation.NAME
            // "no, the name is Eva" at "Shall I book it?" corrects the name; it declines nothing.
            // "yes please, I'm Sam" (to "shall I ask a person?") still says yes.
            || context.expecting() == Expectation.CONFIRMATION && intent != Intent.YES)) {
      intent = Intent.NONE;
    }
    // "that's not my name" at "Shall I book it?" declines nothing: the name is asked again.
    boolean nameDisputed =
        personName == null
            && context.expecting() == Expectation.CONFIRMATION
            && NameDisputes.said(raw);
    if (nameDisputed) {
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
    Integer choice =
        context.expecting() == Expectation.CHOICE || context.expecting() == Expectation.TIME
            ? choice(lexicon, phraseWords)
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
        personName,
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
            nameDisputed,
            FollowUps.opens(lexicon.language(), phraseWords)),
        shift,
        by);
  }

  /**
   * A question no phrase answers ("is there parking?", "do you take cards?", "kann ich mit Karte
   * zahlen?"): a message with a question mark or opening with a question's words, that names
   * nothing the bot can use and has a word the language's phrases do not know. A booking phrase
   * that is only the question's opening ("is there", "kann ich", "puedo") does not make it a
   * booking.
   */
  private static Intent question(Reader reader, String raw, MessageWords message, Intent intent) {
    if (intent != Intent.NONE && intent != Intent.BOOK && intent != Intent.QUESTION) {
      return intent;
    }
    List<String> words = message.words();
    int opener = reader.intents().opening(Intent.QUESTION, words);
    boolean asked = opener > 0 || raw.indexOf('?') >= 0 || raw.indexOf('¿') >= 0;
    List<String> rest = words.subList(opener, words.size());
    Intent restIntent =
        intent == Intent.BOOK && opener > 0 ? reader.intents().first(rest) : unlessQuestion(intent);
    boolean unknown =
        rest.stream()
            .anyMatch(
                w ->
                    w.length() > 2
                        && Character.isLetter(w.charAt(0))
                        && !reader.known().contains(w));
    if (asked && unknown && (restIntent == null || unlessQuestion(restIntent) == Intent.NONE)) {
      return Intent.QUESTION;
    }
    return unlessQuestion(intent);
  }

  /** Words that open a question are no intent by themselves. */
  private static Intent unlessQuestion(Intent intent) {
    return intent == Intent.QUESTION ? Intent.NONE : intent;
  }

  /** The days and times of some of the message's tokens. */
  private static DateTimeParser.Found dates(
      Reader reader, List<Tokenizer.Token> tokens, String raw, UnderstandingContext context) {
    return reader
        .dates()
        .parse(
            tokens,
            raw,
            context.now(),
            // 8/3 is August 3rd in the US and 8 March nearly everywhere else.
            "US".equals(context.locale().getCountry()),
            // A lone "9" is an hour unless the bot asked for something else.
            context.expecting() == Expectation.TIME
                || context.expecting() == Expectation.CHOICE
                || context.expecting() == Expectation.NOTHING,
            // With a time offered or held, "make it 5" names an hour too.
            switch (context.expecting()) {
              case TIME, NAME, CONFIRMATION -> reader.lexicon().hourCues();
              default -> null;
            });
  }

  /**
   * Asked yes or no, "ja" or "claro" in an English chat is an answer: a yes or no in another of the
   * languages read, else null. The chat's language stays (one word does not switch it). Only a
   * message the chat's own language finds nothing in: its "no sé" is not another's "no".
   */
  private Intent yesOrNoInAnotherLanguage(Reader own, MessageWords message) {
    for (Reader other : readers.values()) {
      Intent answer =
          other == own ? null : other.intents().first(message.words(), message.clauses());
      answer = answer == null && other != own ? DrawnOut.yesOrNo(other.intents(), message) : answer;
      if (answer == Intent.YES || answer == Intent.NO) {
        return answer;
      }
    }
    return null;
  }

  /** The words the message's dates and times (placed or not) were read from. */
  private static Set<String> dateTimeWords(String raw, DateTimeParser.Found found) {
    List<Span> spans = new ArrayList<>();
    if (found.dateSpan() != null) {
      spans.add(found.dateSpan());
    }
    if (found.timeSpan() != null) {
      spans.add(found.timeSpan());
    }
    found.unresolved().forEach(u -> spans.add(u.span()));
    Set<String> claimed = new HashSet<>();
    for (Span s : spans) {
      claimed.addAll(Phrases.words(raw.substring(s.start(), s.end()).toLowerCase(Locale.ROOT)));
    }
    return claimed;
  }

  private static String joined(List<Tokenizer.Token> tokens) {
    StringBuilder out = new StringBuilder();
    for (Tokenizer.Token t : tokens) {
      out.append(out.isEmpty() ? "" : " ").append(t.text());
    }
    return out.toString();
  }

  /** "the second one", "option 2", "la primera": the position picked from a list, or null. */
  private static Integer choice(Lexicon lexicon, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      Integer pick = lexicon.choiceWords().get(words.get(i));
      if (pick != null) {
        return pick;
      }
      if (lexicon.optionWords().contains(words.get(i)) && i + 1 < words.size()) {
        String n = words.get(i + 1);
        Integer number =
            n.length() == 1 && Character.isDigit(n.charAt(0))
                ? Integer.valueOf(n.charAt(0) - '0')
                : lexicon.dates().numbers().get(n);
        if (number != null && number >= 1 && number <= 9) {
          return number;
        }
      }
    }
    return null;
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
