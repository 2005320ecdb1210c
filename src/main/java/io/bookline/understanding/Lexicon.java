package io.bookline.understanding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of one language that {@link RuleUnderstanding} looks for. Another language is another
 * instance of this record: data, not code.
 *
 * @param intents patterns per intent, tried in map order (the first that matches wins)
 * @param namePrefixes phrases that introduce the customer's name ("my name is")
 * @param notNames words that are never a name even when the bot asked for one
 * @param choiceWords ordinal words for picking from a list ("second" → 2)
 * @param dates the language's date and time words and rules
 * @param spelling the language's shorthand, keywords and protected words
 */
public record Lexicon(
    Map<Intent, Pattern> intents,
    Pattern namePrefixes,
    Set<String> notNames,
    Map<String, Integer> choiceWords,
    DateWords dates,
    Spelling spelling) {

  public Lexicon {
    intents = Collections.unmodifiableMap(new LinkedHashMap<>(intents));
    notNames = Set.copyOf(notNames);
    choiceWords = Map.copyOf(choiceWords);
  }

  private static Pattern p(String regex) {
    return Pattern.compile(regex);
  }

  /** English, as written in chat. */
  public static Lexicon english() {
    Map<Intent, Pattern> intents = new LinkedHashMap<>();
    intents.put(
        Intent.HANDOFF,
        p(
            "\\b(human|real person|a person|someone real|somebody real|an? (agent|employee|operator)"
                + "|talk to (someone|somebody|the owner|the manager|staff|a manager)"
                + "|speak (to|with) (someone|somebody|the owner|the manager|staff|a manager)"
                + "|call me( back)?|customer service)\\b"));
    intents.put(
        Intent.RESTART,
        p("\\b(start (over|again|afresh)|restart|from scratch|reset|begin again|new booking)\\b"));
    intents.put(
        Intent.STOP,
        p(
            "^(stop|quit|exit|abort|never ?mind|forget it|cancel that|nothing|no thanks?|that'?s all"
                + "|leave it)\\b|\\b(stop it|forget about it)\\b"));
    intents.put(
        Intent.CANCEL,
        p(
            "\\b(cancel|call off|can'?t make it|cannot make it|won'?t make it|won'?t be able to"
                + " (come|make it)|drop my (appointment|booking))\\b"));
    intents.put(
        Intent.RESCHEDULE,
        p(
            "\\b(re-?schedul\\w*|re-?book\\w*|postpone|move (my|the|our) (appointment|booking)"
                + "|change (my|our) (appointment|booking)|push (it|my appointment) (back|forward))\\b"));
    intents.put(
        Intent.LIST,
        p(
            "\\b(my (appointments|bookings|reservations)|(appointments|bookings) do i have"
                + "|when is my (appointment|booking)|do i have (an?|any) (appointment|booking)s?"
                + "|what did i book|upcoming (appointments|bookings))\\b"));
    intents.put(
        Intent.ASK_PRICE,
        p(
            "\\b(how much|price|prices|pricing|cost|costs|rates?|fees?|charge|expensive|cheap)\\b|[€$£]"));
    intents.put(
        Intent.ASK_HOURS,
        p(
            "\\b(opening (hours|times)|(are|is) (you|it|the (salon|studio|shop)) open|when (do|are) you"
                + " (open|close)|hours|what time do you (open|close)|open on|closed on|closing time)\\b"));
    intents.put(
        Intent.ASK_ADDRESS,
        p(
            "\\b(address|where are you|where is (the|your)|located|location|directions|find you|how do i get)\\b"));
    intents.put(
        Intent.ASK_SERVICES,
        p(
            "\\b(what (services|treatments)|which (services|treatments)|services do you|what can i book"
                + "|what do you (offer|do|have)|your (services|menu|treatments)|service list|menu)\\b"));
    intents.put(
        Intent.BOOK,
        p(
            "\\b(book|booking|appointment|appt|appointement|appintment|reserve|reservation|schedule"
                + "|slot|available|availability|openings?|squeeze|come in|get (a|an|my) \\w+"
                + "|make (it|one|an)|i'?d like|i would like|i want|i need|can i get|do you have"
                + "|is there|any time|anything (free|available))\\b"));
    intents.put(
        Intent.YES,
        p(
            "^(yes|yeah|yea|yep|yup|ya|sure|ok|okay|okey|k|correct|confirm(ed)?|please do|sounds good"
                + "|perfect|great|that works|works for me|go ahead|do it|absolutely|definitely|of course"
                + "|fine|alright|all right|right|y|book it|lets do it|let'?s do it)\\b"));
    intents.put(
        Intent.NO,
        p(
            "^(no|nope|nah|not really|n|negative|wrong|incorrect)\\b|\\b(don'?t|do not) (book|want)\\b"));
    intents.put(
        Intent.GREETING,
        p(
            "^(hi|hello|hey|hiya|heya|yo|good (morning|afternoon|evening)|greetings|howdy|hallo|/start)\\b"));
    intents.put(Intent.THANKS, p("\\b(thanks|thank you|thx|ty|cheers|much appreciated)\\b"));
    return new Lexicon(
        intents,
        p(
            "^(?:(?:hi|hello|hey)[ ,]+)?(?:my name is|my name'?s|name'?s|i am|i'?m|this is|it'?s|call me"
                + "|name is|under|put it under|the name is)\\s+"),
        Set.of(
            "yes",
            "no",
            "ok",
            "okay",
            "sure",
            "hi",
            "hello",
            "hey",
            "thanks",
            "thank",
            "please",
            "book",
            "cancel",
            "stop",
            "free",
            "busy",
            "fine",
            "good",
            "great",
            "here",
            "ready",
            "available",
            "looking",
            "interested",
            "sorry",
            "not",
            "going",
            "coming",
            "late"),
        Map.ofEntries(
            Map.entry("first", 1),
            Map.entry("1st", 1),
            Map.entry("second", 2),
            Map.entry("2nd", 2),
            Map.entry("third", 3),
            Map.entry("3rd", 3),
            Map.entry("fourth", 4),
            Map.entry("4th", 4),
            Map.entry("fifth", 5),
            Map.entry("5th", 5),
            Map.entry("last", -1)),
        EnglishDates.words(),
        EnglishSpelling.spelling());
  }

  public List<Intent> order() {
    return List.copyOf(intents.keySet());
  }
}
