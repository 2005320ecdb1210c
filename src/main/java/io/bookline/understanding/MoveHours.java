package io.bookline.understanding;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A bare hour in a move: "move it to 12 please", "actually can i change to 12", "kann ich auf 12
 * verschieben?" name the hour 12 (noon by the business-hours rule), which the dialogue puts on the
 * day of the booking or draft being moved. Without a move word, "to 12" stays no hour ("up to 2
 * people"); Spanish says "a las 12", an hour already.
 */
final class MoveHours {
  private MoveHours() {}

  /** Words that make a message a move of "it". */
  private static final Set<String> VERBS_EN =
      Set.of("move", "change", "switch", "shift", "push", "put", "reschedule", "moving");

  private static final Set<String> VERBS_DE =
      Set.of("verschieben", "verlegen", "legen", "schieben", "umlegen", "ändern");

  /**
   * {@code base} (the step's cues, or null) with "to"/"auf" before the number and the German verb
   * after it when the message asks to move something; {@code base} itself otherwise.
   */
  static HourCues cues(Language language, String raw, HourCues base) {
    List<String> words = Phrases.words(raw.toLowerCase(Locale.ROOT));
    Set<String> before = new HashSet<>(base == null ? Set.of() : base.before());
    Set<String> after = new HashSet<>(base == null ? Set.of() : base.after());
    switch (language) {
      case EN -> {
        if (words.stream().noneMatch(VERBS_EN::contains)) {
          return base;
        }
        before.add("to");
        after.add("please");
      }
      case DE -> {
        if (words.stream().noneMatch(VERBS_DE::contains)) {
          return base;
        }
        before.add("auf");
        after.addAll(VERBS_DE);
        after.add("bitte");
      }
      default -> {
        return base;
      }
    }
    return new HourCues(before, after);
  }
}
