package io.bookline.understanding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of one language that {@link RuleUnderstanding} looks for. Another language is another
 * instance of this record: data, not code.
 *
 * @param language the language these words are of
 * @param intents keyword phrases per intent ({@link Phrases}), tried in map order
 * @param shifts keyword phrases that ask for a time later or earlier than the one under discussion
 *     ("anything later?"), in the same notation
 * @param namePrefixes phrases that introduce the customer's name ("my name is")
 * @param notNames words that are never a name even when the bot asked for one
 * @param choiceWords ordinal words for picking from a list ("second" → 2)
 * @param negations words that take back the change asked for in the next few words ("I don't want
 *     to cancel", "nicht stornieren", "no quiero cancelar")
 * @param optionWords words a number picks from a list after ("option 2")
 * @param dates the language's date and time words and rules
 * @param spelling the language's shorthand, keywords and protected words
 * @param cannotKeep phrases that say the customer cannot keep a booking ("I can't make it", "no
 *     puedo ir"): the day said with them is the booking's, not a new one
 * @param sameTime phrases that ask for the booking's own time ("same time", "a la misma hora")
 * @param otherServices kinds of service businesses commonly offer ({@link OtherServices}): one the
 *     catalog lacks is one the business does not offer
 * @param withStaff words a staff member's name follows when the customer asks for them ("with
 *     Sarah", "bei Sarah", "con Sarah")
 * @param closings phrases that make a yes a goodbye: an acknowledgement followed by thanks or
 *     goodbye ("ok thanks", "ok bye", "passt, danke", "vale, gracias")
 * @param hourCues the words around a number that make it an hour while a time is held ("make it
 *     5"), in the date rules' notation ("um" is {@code at})
 * @param otherDay phrases that ask for another day without naming it ("a different day", "otro
 *     día")
 * @param amounts the words of a shift by an amount of time ("an hour later", "media hora antes")
 * @param party phrases that book for the customer and one more person ("for my daughter and me",
 *     "für mich und meine Tochter", "para mí y mi hija")
 * @param namedBookings the words that name a booking the customer has ("my saturday appointment",
 *     "den Termin am", "la cita del"): said with a new day or time, a move of that booking
 */
public record Lexicon(
    Language language,
    Map<Intent, List<String>> intents,
    Map<TimeShift, List<String>> shifts,
    Pattern namePrefixes,
    Set<String> notNames,
    Map<String, Integer> choiceWords,
    Set<String> negations,
    Set<String> optionWords,
    DateWords dates,
    Spelling spelling,
    List<String> cannotKeep,
    List<String> sameTime,
    List<String> otherServices,
    Set<String> withStaff,
    List<String> closings,
    HourCues hourCues,
    List<String> otherDay,
    ShiftAmounts amounts,
    List<String> party,
    BookingNames namedBookings) {

  public Lexicon {
    intents = Collections.unmodifiableMap(new LinkedHashMap<>(intents));
    shifts = Collections.unmodifiableMap(new LinkedHashMap<>(shifts));
    notNames = notNames.stream().map(Folding::fold).collect(Collectors.toUnmodifiableSet());
    choiceWords = Map.copyOf(choiceWords);
    negations = Set.copyOf(negations);
    optionWords = Set.copyOf(optionWords);
    cannotKeep = List.copyOf(cannotKeep);
    sameTime = List.copyOf(sameTime);
    otherServices = List.copyOf(otherServices);
    withStaff = Set.copyOf(withStaff);
    closings = List.copyOf(closings);
    otherDay = List.copyOf(otherDay);
    party = List.copyOf(party);
  }

  /** English, as written in chat. */
  public static Lexicon english() {
    return new Lexicon(
        Language.EN,
        Comparing.addedTo(DoesNotSuit.addedTo(EnglishIntents.intents(), Language.EN), Language.EN),
        EnglishIntents.shifts(),
        EnglishNameWords.namePrefixes(),
        EnglishNameWords.notNames(),
        EnglishIntents.choiceWords(),
        EnglishIntents.negations(),
        Set.of("option"),
        EnglishDates.words(),
        EnglishSpelling.spelling(),
        EnglishIntents.cannotKeep(),
        EnglishIntents.sameTime(),
        OtherServices.english(),
        Set.of("with"),
        EnglishIntents.closings(),
        EnglishIntents.hourCues(),
        EnglishIntents.otherDay(),
        ShiftAmounts.english(),
        OneEach.addedTo(OtherPeople.english(), Language.EN),
        BookingNames.english());
  }

  /** German, as written in chat. */
  public static Lexicon german() {
    return new Lexicon(
        Language.DE,
        Comparing.addedTo(DoesNotSuit.addedTo(GermanIntents.intents(), Language.DE), Language.DE),
        GermanIntents.shifts(),
        GermanNameWords.namePrefixes(),
        GermanNameWords.notNames(),
        GermanIntents.choiceWords(),
        GermanIntents.negations(),
        Set.of("option", "nummer", "nr", "vorschlag"),
        GermanDates.words(),
        GermanSpelling.spelling(),
        GermanIntents.cannotKeep(),
        GermanIntents.sameTime(),
        OtherServices.german(),
        Set.of("bei"),
        GermanIntents.closings(),
        GermanIntents.hourCues(),
        GermanIntents.otherDay(),
        ShiftAmounts.german(),
        OneEach.addedTo(OtherPeople.german(), Language.DE),
        BookingNames.german());
  }

  /** Spanish, as written in chat. */
  public static Lexicon spanish() {
    return new Lexicon(
        Language.ES,
        Comparing.addedTo(DoesNotSuit.addedTo(SpanishIntents.intents(), Language.ES), Language.ES),
        SpanishIntents.shifts(),
        SpanishNameWords.namePrefixes(),
        SpanishNameWords.notNames(),
        SpanishIntents.choiceWords(),
        SpanishIntents.negations(),
        Set.of("opcion", "numero", "num"),
        SpanishDates.words(),
        SpanishSpelling.spelling(),
        SpanishIntents.cannotKeep(),
        SpanishIntents.sameTime(),
        OtherServices.spanish(),
        Set.of("con"),
        SpanishIntents.closings(),
        SpanishIntents.hourCues(),
        SpanishIntents.otherDay(),
        ShiftAmounts.spanish(),
        OneEach.addedTo(OtherPeople.spanish(), Language.ES),
        BookingNames.spanish());
  }

  /** Every language's lexicon, in the order of {@link Language}. */
  public static List<Lexicon> all() {
    return List.of(english(), german(), spanish());
  }
}
