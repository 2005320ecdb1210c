package io.bookline.reminders;

import io.bookline.wording.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A reminder's buttons typed instead of tapped: "Move", "move it", "Verschieben", "cambiar". Each
 * button's own label in every language counts, and the few other ways each language says the same
 * in a word or two. Only a message that is nothing else counts ("move it to friday" is a message
 * for the dialogue), in any case and with punctuation around it.
 */
final class ReminderWords {
  /** The languages whose button labels are typed; their bundles name each button. */
  private static final List<Locale> LABELS =
      List.of(Locale.ENGLISH, Locale.GERMAN, Locale.of("es"));

  private static final Map<String, Set<String>> ENGLISH =
      Map.of(
          Taps.KEEP, Set.of("keep", "keep it", "keep my appointment", "keep the appointment"),
          Taps.CANCEL, Set.of("cancel", "cancel it", "cancel my appointment", "cancel please"),
          Taps.MOVE,
              Set.of("move", "move it", "move my appointment", "reschedule", "reschedule it"));

  private static final Map<String, Set<String>> GERMAN =
      Map.of(
          Taps.KEEP, Set.of("bleibt", "behalten", "termin behalten", "bleibt so"),
          Taps.CANCEL, Set.of("absagen", "stornieren", "termin absagen", "termin stornieren"),
          Taps.MOVE, Set.of("verschieben", "termin verschieben", "umbuchen", "verlegen"));

  private static final Map<String, Set<String>> SPANISH =
      Map.of(
          Taps.KEEP, Set.of("mantener", "mantenerla", "mantener la cita", "la mantengo"),
          Taps.CANCEL, Set.of("cancelar", "cancelarla", "cancelar la cita", "anular"),
          Taps.MOVE,
              Set.of(
                  "cambiar", "cambiarla", "cambiar la cita", "mover", "moverla", "mover la cita"));

  /** Every word or phrase, normalised, and the button it stands for. */
  private static final Map<String, String> ACTIONS = actions();

  private ReminderWords() {}

  /** The button ({@link Taps#KEEP}, {@link Taps#CANCEL}, {@link Taps#MOVE}) a message types. */
  static Optional<String> action(String text) {
    return Optional.ofNullable(ACTIONS.get(OptOutWords.normal(text)));
  }

  private static Map<String, String> actions() {
    Map<String, String> all = new HashMap<>();
    for (Map<String, Set<String>> language : List.of(ENGLISH, GERMAN, SPANISH)) {
      language.forEach((action, words) -> words.forEach(w -> put(all, w, action)));
    }
    for (Locale locale : LABELS) {
      Messages m = Messages.forLocale(locale);
      for (String action : List.of(Taps.KEEP, Taps.CANCEL, Taps.MOVE)) {
        put(all, m.text(Taps.label(action)), action);
      }
    }
    return Map.copyOf(all);
  }

  private static void put(Map<String, String> all, String words, String action) {
    String key = OptOutWords.normal(words);
    String before = all.putIfAbsent(key, action);
    if (before != null && !before.equals(action)) {
      throw new IllegalStateException("'" + words + "' names both " + before + " and " + action);
    }
  }
}
