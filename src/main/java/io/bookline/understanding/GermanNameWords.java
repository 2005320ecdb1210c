package io.bookline.understanding;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * German: the phrases that introduce a customer's name ("ich heiße", "mein Name ist") and the words
 * that are never a name, read by {@link PersonNames} at the name step.
 */
final class GermanNameWords {

  private GermanNameWords() {}

  static Pattern namePrefixes() {
    return Pattern.compile(
        "^(?:(?:hallo|hi|hey|guten tag)[ ,]+)?(?:(?:bitte|doch|lieber)\\s+)?(?:ich heiße|ich heisse"
            + "|ich bin(?: die| der)?|mein name ist"
            + "|mein name|hier ist|hier spricht|auf den namen|unter dem namen|name:?"
            + "|der name ist|der name lautet|ändere den namen auf|bin die|bin der"
            // Someone else's: "sie heißt Lena", "ihr Name ist Lena".
            + "|sie heißt|sie heisst|er heißt|er heisst|ihr name ist|sein name ist)\\s+");
  }

  static Set<String> notNames() {
    return Set.of(
        "ja",
        // A quick yes or no at the name question ("jep", "jup"): asked again, no name.
        "jep",
        "jup",
        "jap",
        "jaa",
        "nö",
        "nee",
        "nein",
        "ok",
        "okay",
        "hallo",
        "hi",
        "danke",
        "passt",
        "perfekt",
        "bitte",
        "buchen",
        "stornieren",
        "stopp",
        "frei",
        "gut",
        "super",
        "hier",
        "da",
        "nicht",
        "gleich",
        "spät",
        "leider",
        "gerne",
        "morgen",
        "heute",
        "kunde",
        "kundin",
        "neu",
        "interessiert",
        // A question or second thought at the name step ("geht auch später?", "lieber ein anderer
        // Tag", "vielleicht später"): the words such a message opens with, never a first name.
        "geht",
        "gibt",
        "lieber",
        "eher",
        "vielleicht",
        "doch",
        "warte",
        "wartet",
        "moment",
        "später",
        "früher",
        "anderer",
        "andere",
        "anderen",
        "anders",
        "ist",
        "sind",
        "kann",
        "könnte",
        "wie",
        "was",
        "wann",
        "noch",
        "auch",
        "kein",
        "keine",
        "egal",
        "ähm",
        "hmm");
  }
}
