package io.bookline.understanding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English intents as keyword phrases ({@link Phrases} notation) and the words that pick from a
 * list; the words around a name are {@link EnglishNameWords}.
 */
final class EnglishIntents {

  /** "I can't on Monday", "I cannot tomorrow": the day right after the verb (ADR 0057). */
  private static final String CANNOT_ON_A_DAY =
      "can't|cannot on|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday";

  private EnglishIntents() {}

  static Map<Intent, List<String>> intents() {
    Map<Intent, List<String>> i = new LinkedHashMap<>();
    i.put(Intent.RUNNING_LATE, LatePhrases.english());
    i.put(
        Intent.HANDOFF,
        List.of(
            "human",
            "real person",
            "a person",
            "someone|somebody real",
            "a|an agent|employee|operator",
            "^agent|operator|representative",
            "live agent",
            "talk to someone|somebody|staff",
            "talk to the|a owner|manager",
            "speak to|with someone|somebody|staff",
            "speak to|with the|a owner|manager",
            "call me",
            "customer service"));
    i.put(
        Intent.RESTART,
        List.of(
            "start over|again|afresh",
            "restart",
            "from scratch",
            "reset",
            "begin again",
            "new booking"));
    i.put(
        Intent.STOP,
        List.of(
            "^stop|quit|exit|abort|nevermind|nothing",
            "^never mind",
            "^forget it",
            "no|nah|nope forget it|that",
            "^cancel that",
            "^no thanks|thank",
            "^that's all",
            "^leave it",
            "stop it",
            "forget about it",
            "not what i want|wanted|meant"));
    i.put(
        Intent.CANCEL,
        List.of(
            "cancel",
            "call off",
            // "I can't make it on time" is running late, no cancellation.
            "can't|cannot|won't make it !on|in time",
            "won't be able to come",
            "won't be able to make it !on|in time",
            CANNOT_ON_A_DAY,
            "drop my appointment|booking"));
    i.put(
        Intent.RESCHEDULE,
        List.of(
            "reschedul*",
            "rebook*",
            "postpone",
            "move my|the|our appointment|booking",
            "change my|our appointment|booking",
            // A service after "my": "move my manicure", "change my gel manicure to friday" (not
            // "change my mind").
            "move|moving my|our _",
            "change|changing my|our _ to|for|from|on|appointment|appt|booking",
            "change|changing my|our _ _ to|for|from|on|appointment|appt|booking",
            "push it back|forward",
            "push my|our _ back|forward"));
    // "It" is the booking under way, else the customer's booking: the dialogue decides (a new
    // booking's "make it 5pm" corrects it; with none under way, "move it to Tuesday" moves theirs).
    i.put(
        Intent.CHANGE,
        MovePhrases.english(
            "move|moving|push|pushing|shift|switch|change|changing it|that",
            // "move the pedicure to wednesday": the booking of it, if the customer has one.
            "move|moving|push|pushing|shift the _",
            // Not "I can make it on Friday" (a yes): only a request or an imperative.
            "^make it _",
            "actually|just|then|no|ok|okay|please|so|lets|maybe make it _",
            "can|could|would|may we|you|i make it _",
            "instead",
            "different day|date|time",
            "can't|cannot come"));
    i.put(
        Intent.LIST,
        List.of(
            "is|was my|the booking|appointment|appt|reservation confirmed",
            "has|have my|the booking|appointment|appt|reservation been confirmed",
            "my booking|appointment|appt|reservation is confirmed",
            "is it confirmed",
            "am i booked|confirmed",
            "did my|the booking|appointment go through",
            "what time do i need|have to come|be|arrive",
            "what time should i come|be|arrive",
            "when do i need|have to come|be|arrive",
            "what time is|was my appointment|booking|appt",
            "what time am i booked|booked in|due",
            "when am i booked|booked in|due",
            "my appointments|bookings|reservations",
            "appointments|bookings do i have",
            "when is my appointment|booking",
            "do i have a|an|any appointment|booking|appointments|bookings",
            // "what have I booked?", "what have I got booked?", "do I have anything booked?"
            "what have|did i got? booked|book",
            "have|do i have|got anything|something booked",
            "upcoming appointments|bookings"));
    i.put(
        Intent.ASK_STAFF,
        List.of(
            "who is|will be? working|in|around|on|there",
            "whos working|in|around|on|there",
            "who works|work",
            "is _ in|working|around|off",
            "is _ _ in|working|around|off",
            "will _ be in|working|around|there"));
    i.put(
        Intent.ASK_LENGTH,
        List.of(
            "how long does|do",
            "how long is|are|will|would|takes",
            // "how long?" mid-booking: the length of the service under discussion.
            "^how long$",
            "how many minutes"));
    i.put(
        Intent.ASK_PRICE,
        List.of(
            "how much",
            "price|prices|pricing|cost|costs|rate|rates|fee|fees|charge|expensive|cheap",
            "€|$|£"));
    i.put(
        Intent.ASK_HOURS,
        List.of(
            "opening hours|times",
            "are|is you|it open",
            "are|is the salon|studio|shop open",
            "when do|are you open|close",
            "hours",
            "what time do you open|close",
            "open on",
            "closed on",
            "closing time"));
    i.put(
        Intent.ASK_ADDRESS,
        List.of(
            "address",
            "where exactly|actually|again|abouts? are you",
            "where is the|your",
            "located",
            "location",
            "directions",
            "find you",
            "how do i get"));
    i.put(
        Intent.ASK_SERVICES,
        List.of(
            "what|which services|treatments",
            "services do you",
            "what can i book",
            "what do you offer|do|have",
            "your services|menu|treatments",
            "service list",
            "menu"));
    i.put(
        Intent.BOOK,
        List.of(
            "book|booking|appointment|appt|appointement|appintment|reserve|reservation|schedule",
            "slot|available|availability|opening|openings|squeeze",
            "come in",
            "get a|an|my _",
            "make it|one|an",
            "i'd like",
            "i would like",
            "i want",
            "i need",
            "can i get",
            "do you have",
            "is there",
            "any time",
            "anything free|available"));
    i.put(
        Intent.YES,
        List.of(
            "^yes|yeah|yea|yep|yup|ya|sure|ok|okay|okey|k|correct|confirm|confirmed|perfect|great",
            "^absolutely|definitely|fine|alright|right|y|yass",
            // 👍 👌
            "^\uD83D\uDC4D|\uD83D\uDC4C",
            "^go for it",
            "^sure thing",
            "^please do",
            "^sounds good",
            "^that works",
            "^works for me",
            "^go ahead",
            "^do it",
            "^of course",
            "^all right",
            "^book it",
            "^let's do it"));
    // "no problem", "no preference" are not a no: read as nothing, unless a later word says more.
    i.put(Intent.NONE, List.of("^no problem|prob|worries|rush|preference|matter"));
    i.put(
        Intent.NO,
        List.of(
            // 👎
            "^no|nope|nah|n|negative|wrong|incorrect|\uD83D\uDC4E",
            "^not really|that|now",
            "^that's wrong",
            "^that's not it|right",
            "don't book|want",
            "do not book|want"));
    i.put(
        Intent.GREETING,
        List.of(
            // 👋: a wave is a hello
            "^hi|hello|hey|hiya|heya|yo|greetings|howdy|hallo|/start|\uD83D\uDC4B",
            "^good morning|afternoon|evening",
            // Small talk is a greeting: the "today" of "how are you today?" names no day.
            "how are|r you|u|ya doing? today?",
            "hows it going today?",
            "how is it going today?"));
    // Thanks and goodbye both close the conversation; mid-goal the question is asked again.
    i.put(
        Intent.THANKS,
        List.of(
            "thanks",
            "thank you",
            "thx",
            "ty",
            "cheers",
            "much appreciated",
            "bye|goodbye|byebye|cya|ciao",
            "see you|ya",
            "have a nice|good day"));
    // Words that open a question; one no other phrase answers is a question the bot can't answer.
    i.put(
        Intent.QUESTION,
        List.of(
            "^do|does|did|will|would you|u|they|i|we",
            "^can|could|may i|we|you|u",
            "^is|are there|it|you",
            "^what|what's|whats|where|who|why|how|which"));
    return i;
  }

  /**
   * "anything later?", "a bit earlier", "sooner please", "is there no appointment earlier?": a time
   * relative to the one under discussion. Not "maybe later" or "see you later", which put something
   * off.
   */
  static Map<TimeShift, List<String>> shifts() {
    Map<TimeShift, List<String>> s = new LinkedHashMap<>();
    s.put(
        TimeShift.SOONEST,
        List.of(
            "asap",
            "as soon as possible|poss",
            "as soon as you can",
            "earliest|soonest",
            "next|first free|available|open",
            "first thing available"));
    s.put(TimeShift.LATER, relative("later", "after"));
    s.put(TimeShift.EARLIER, relative("earlier|sooner", "before"));
    return s;
  }

  private static List<String> relative(String comparative, String preposition) {
    return List.of(
        "^" + comparative,
        "^no|nope|nah|hmm " + comparative,
        "bit|little|lil|tad|touch|slightly|even|much " + comparative,
        "anything|something|nothing|any|somewhat " + comparative,
        "appointment|appointments|slot|slots|opening|openings " + comparative + "$",
        comparative + " one|ones|time|times|slot|slots|appointment|start|option|options",
        comparative + " in the day",
        comparative + " than that|this|it",
        comparative + " possible|ok|okay|better|works|work|would|please|pls",
        "be|go|come|do " + comparative,
        "make it " + comparative,
        "anything|something|nothing " + preposition + " that|this|it");
  }

  /**
   * The phrases above that say a booking cannot be kept (of CANCEL and of CHANGE): a day said with
   * them is the booking's ("I can't make it on Monday, can we do Wednesday instead?").
   */
  static List<String> cannotKeep() {
    return List.of(
        // "I can't make it on time" is running late, no cancellation.
        "can't|cannot|won't make it !on|in time",
        "won't be able to come",
        "won't be able to make it !on|in time",
        "can't|cannot come !on|in time",
        CANNOT_ON_A_DAY);
  }

  /** "ok thanks", "ok bye", "alright, see you": a goodbye, not a yes to what was asked. */
  static List<String> closings() {
    return List.of(
        "^ok|okay|okey|k|alright|great|perfect|cool|fine|right thanks|thank|thx|ty|cheers|bye",
        "^ok|okay|okey|k|alright|great|perfect|cool|fine|right goodbye|byebye|cya|ciao",
        "^ok|okay|okey|k|alright|great|perfect|cool|fine|right see you|ya");
  }

  /** Another day, not named: the day held is to change. */
  static List<String> otherDay() {
    return List.of("different|another|other day|date", "none of those|these|them");
  }

  /** "make it 5", "can we do 5 instead?", "actually 5 please": a number ending the message. */
  static HourCues hourCues() {
    return new HourCues(
        Set.of(
            "it",
            "do",
            "actually",
            "about",
            "maybe",
            "rather",
            "or",
            "say",
            "then",
            "ok",
            "okay",
            "no",
            "just",
            "instead",
            "perhaps",
            "try",
            "prefer",
            "at"),
        Set.of(
            "instead",
            "then",
            "please",
            "pls",
            "ok",
            "okay",
            "rather",
            "maybe",
            // "7 is fine", "7 works for me", "7 would be great"
            "is",
            "fine",
            "works",
            "work",
            "would",
            "be",
            "good",
            "great",
            "perfect",
            "for",
            "me"));
  }

  /** Asking for the booking's own time: "same time", "at the same time as before". */
  static List<String> sameTime() {
    return List.of("same time|slot|hour");
  }

  /** Words that take back the change asked for in the next few words ("don't want to cancel"). */
  static Set<String> negations() {
    return Set.of("not", "don't", "never", "doesn't", "didn't", "won't");
  }

  static Map<String, Integer> choiceWords() {
    return Map.ofEntries(
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
        Map.entry("last", -1));
  }
}
