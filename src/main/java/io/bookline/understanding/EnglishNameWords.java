package io.bookline.understanding;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * English: the phrases that introduce a customer's name ("my name is", "I'm") and the words that
 * are never a name, read by {@link PersonNames} at the name step.
 */
final class EnglishNameWords {

  private EnglishNameWords() {}

  static Pattern namePrefixes() {
    return Pattern.compile(
        "^(?:(?:hi|hello|hey)[ ,]+)?(?:my name is|my name'?s|name'?s|i am|i'?m|this is|it'?s|call me"
            + "|name is|under the name|under|put it under|the name is"
            + "|change the name to|change name to|the name should be|put it on|book it under"
            // "…at 2pm, name Tom", "Name: Tom"; someone else's: "her name is Lily".
            + "|name:?|her name is|his name is|her name'?s|his name'?s|she'?s called|he'?s called"
            + "|she is called|he is called)\\s+");
  }

  static Set<String> notNames() {
    return Set.of(
        "yes",
        // A yes or no typed quickly at the name question ("ye"): asked again, not booked "for Ye".
        "ye",
        "yea",
        "yeah",
        "yep",
        "yup",
        "yess",
        "nope",
        "nah",
        "no",
        "ok",
        "okay",
        // "thx" at the writer's own name question: thanks, no name (review of 99fbd8a).
        "thx",
        "ty",
        "cheers",
        "perfect",
        "cool",
        "alright",
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
        "late",
        // A question or second thought at the name step ("maybe later", "is there anything
        // earlier?", "wait"): the words such a message opens with, never a first name.
        "maybe",
        "perhaps",
        "wait",
        "later",
        "earlier",
        "another",
        "other",
        "different",
        "any",
        "anything",
        "something",
        "is",
        "are",
        "what",
        "when",
        "how",
        "why",
        "actually",
        "instead",
        "hmm",
        "um");
  }
}
