package io.bookline.reminders;

import java.util.Locale;
import java.util.Set;

/**
 * The words that opt a customer out of (or back in to) messages the business starts, in every
 * supported language. Only a message that is nothing but one of them counts, in any case and with
 * punctuation around it: "STOP", "Stopp!", "baja"; "stop, my friend can't come" is a message.
 */
public final class OptOutWords {
  static final Set<String> STOP =
      Set.of(
          // English
          "stop",
          "unsubscribe",
          "stop reminders",
          "stop all",
          "stop messages",
          // German
          "stopp",
          "abmelden",
          "abbestellen",
          "erinnerungen stoppen",
          "keine erinnerungen",
          "keine erinnerungen mehr",
          // Spanish
          "baja",
          "darme de baja",
          "dar de baja",
          "parar",
          "parar recordatorios",
          "no más recordatorios",
          "no mas recordatorios");

  static final Set<String> START =
      Set.of(
          "start",
          "unstop",
          "start reminders",
          "starten",
          "erinnerungen starten",
          "alta",
          "darme de alta");

  /**
   * Stop words that in the middle of a booking more likely mean "stop this" than "no more
   * reminders": the dialogue's own way out in each language. "unsubscribe" or "baja" never do.
   */
  static final Set<String> ALSO_LEAVE = Set.of("stop", "stopp", "parar");

  private OptOutWords() {}

  /** Whether the message is only a stop word that also means "leave what is under way". */
  public static boolean alsoLeaves(String text) {
    return ALSO_LEAVE.contains(normal(text));
  }

  /** Whether the message is only a stop word. */
  public static boolean stop(String text) {
    return STOP.contains(normal(text));
  }

  /** Whether the message is only a start word. */
  public static boolean start(String text) {
    return START.contains(normal(text));
  }

  static String normal(String text) {
    if (text == null) {
      return "";
    }
    return text.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}¡¿«»“”„\\s]+", " ").strip();
  }
}
