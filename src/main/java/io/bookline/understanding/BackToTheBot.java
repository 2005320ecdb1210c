package io.bookline.understanding;

import java.util.regex.Pattern;

/**
 * Reads "back to the bot", "I'll do it myself", "zurück zum Bot", "ich mache es selbst", "volver al
 * bot", "lo hago yo" as {@link Intent#STOP}: the customer no longer wants what they asked for, most
 * often a person (ADR 0081). It wraps whichever understanding runs and only reads a message that
 * understanding read as nothing, so a booking or a question said with these words keeps its
 * meaning.
 */
public final class BackToTheBot extends ReadingWrapper {
  /** English, German and Spanish, on lower-case text without accents. */
  private static final Pattern PHRASES =
      Pattern.compile(
          "\\b(?:"
              + "back to the bot|(?:i'?ll|i will|i can|let me) (?:just )?(?:do|book) it myself"
              + "|zuruck zum bot|(?:ich )?(?:mache?|buche) (?:es|das) (?:doch )?selbst"
              + "|volver al bot|(?:lo|la) (?:hago|reservo) yo"
              + ")\\b");

  public BackToTheBot(Understanding inner) {
    super(inner);
  }

  @Override
  Reading read(String text, UnderstandingContext context, Reading r) {
    if (r.intent() != Intent.NONE || text == null) {
      return r;
    }
    return PHRASES.matcher(plain(text)).find() ? r.withIntent(Intent.STOP) : r;
  }
}
