package io.bookline.booking;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bookable service; buffers block the resource before and after the appointment.
 *
 * @param synonyms other words customers use for it, in any language ("gel", "shellac")
 * @param names the name to show customers who speak a language, by language code ("de" →
 *     "Maniküre"); a language not named here sees {@code name}
 * @param synonymsByLanguage words customers of one language use for it ("es" → ["manos"])
 */
public record Service(
    long id,
    String name,
    Duration duration,
    BigDecimal price,
    Duration bufferBefore,
    Duration bufferAfter,
    List<String> synonyms,
    Map<String, String> names,
    Map<String, List<String>> synonymsByLanguage) {
  public Service {
    synonyms = List.copyOf(synonyms);
    names = Map.copyOf(names);
    var words = new TreeMap<String, List<String>>();
    synonymsByLanguage.forEach((language, list) -> words.put(language, List.copyOf(list)));
    synonymsByLanguage = java.util.Collections.unmodifiableMap(words);
  }

  /** A service with one name and no words per language. */
  public Service(
      long id,
      String name,
      Duration duration,
      BigDecimal price,
      Duration bufferBefore,
      Duration bufferAfter,
      List<String> synonyms) {
    this(id, name, duration, price, bufferBefore, bufferAfter, synonyms, Map.of(), Map.of());
  }

  /**
   * The service at a booking's own length: a move keeps the length booked even when the service's
   * duration has changed since (ADR 0114, 0117); everything else is the service's as it is now.
   */
  public Service lasting(Duration length) {
    return length.equals(duration)
        ? this
        : new Service(
            id,
            name,
            length,
            price,
            bufferBefore,
            bufferAfter,
            synonyms,
            names,
            synonymsByLanguage);
  }

  /** The name customers who speak the locale's language see: its own, else the service's name. */
  public String nameIn(Locale locale) {
    return names.getOrDefault(locale.getLanguage(), name);
  }

  /**
   * Every word a customer may use for this service besides its name: the synonyms, the names in
   * other languages and their synonyms, each once (what catalog matching looks for).
   */
  public List<String> matchWords() {
    var all = new LinkedHashSet<>(synonyms);
    all.addAll(names.values());
    synonymsByLanguage.values().forEach(all::addAll);
    all.remove(name);
    return new ArrayList<>(all);
  }
}
