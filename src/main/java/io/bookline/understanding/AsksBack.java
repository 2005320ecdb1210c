package io.bookline.understanding;

import java.util.regex.Pattern;

/**
 * Marks a question asked at "Shall I book it?" ({@link Evidence.Sign#ASKS}): "is there a free
 * slot?", "gibt es einen freien Termin?", "¿hay un hueco libre?" read as a booking phrase, and the
 * dialogue took that for "book it". A question is never a yes; the dialogue answers it and asks
 * again. A request put as a question ("can you book it?", "¿me lo reservas?") is still a yes.
 */
public final class AsksBack extends ReadingWrapper {
  /** Words that open a question (lower case, without accents: {@link #plain}). */
  private static final Pattern OPENS =
      Pattern.compile(
          "^(?:(?:and|und|y|ok|okay|vale|so|also|pues),? )?"
              + "(?:is|are|do|does|have you|got|any|what|how|when|where|which|who"
              + "|gibt|habt|haben|hast|ist|sind|was|wie|wann|wo|welche[rsn]?|wer"
              + "|hay|tienes|teneis|tienen|tiene|que|como|cuando|donde|cual|quien|cuanto)\\b");

  /** A request put as a question: it asks the bot to book, so it says yes. */
  private static final Pattern REQUEST =
      Pattern.compile(
          "\\b(?:book|reserve|buch|buche|buchen|eintragen|reserva|reservas|reservar|reservame"
              + "|reservamela|reservamelo|apunta|apuntas|apuntar|apuntame)\\w*\\b");

  public AsksBack(Understanding inner) {
    super(inner);
  }

  @Override
  Reading read(String text, UnderstandingContext context, Reading r) {
    if (text == null
        || context == null
        || context.expecting() != Expectation.CONFIRMATION
        || (r.intent() != Intent.BOOK && r.intent() != Intent.YES)) {
      return r;
    }
    String plain = plain(text);
    boolean marked = plain.contains("?");
    boolean opens = OPENS.matcher(plain.replace("¿", "")).find();
    // A yes needs both: "ok?" or "ist gut" alone still agree.
    boolean question = r.intent() == Intent.BOOK ? marked || opens : marked && opens;
    if (!question || REQUEST.matcher(plain).find()) {
      return r;
    }
    return new Reading(
        r.intent(),
        r.slots(),
        r.personName(),
        r.choice(),
        r.source(),
        r.evidence().with(Evidence.Sign.ASKS),
        r.shift(),
        r.shiftBy());
  }
}
