package io.bookline.understanding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "What's the difference between basic and gel manicure?", "Unterschied zwischen klassischer und
 * Gel-Maniküre?", "¿qué diferencia hay entre la manicura básica y la de gel?": a question comparing
 * services, answered with each one's length and price (as a price question is), not two bookings.
 * Added to the languages' price phrases by {@link Lexicon}.
 */
final class Comparing {
  private Comparing() {}

  private static List<String> phrases(Language language) {
    return switch (language) {
      case EN ->
          List.of(
              "difference|differences between",
              "whats the difference|differences",
              "what is the difference|differences",
              "compare|comparison|versus|vs");
      case DE -> List.of("unterschied|unterschiede|vergleich|vergleichen");
      case ES -> List.of("diferencia|diferencias|comparar|comparación|comparas|comparan");
    };
  }

  /** The language's intent phrases with these added to the price question's. */
  static Map<Intent, List<String>> addedTo(Map<Intent, List<String>> intents, Language language) {
    Map<Intent, List<String>> all = new LinkedHashMap<>(intents);
    List<String> price = new ArrayList<>(all.getOrDefault(Intent.ASK_PRICE, List.of()));
    price.addAll(phrases(language));
    all.put(Intent.ASK_PRICE, List.copyOf(price));
    return all;
  }
}
