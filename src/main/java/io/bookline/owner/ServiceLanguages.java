package io.bookline.owner;

import static io.bookline.db.Schema.ServiceLanguages.LANGUAGE;
import static io.bookline.db.Schema.ServiceLanguages.NAME;
import static io.bookline.db.Schema.ServiceLanguages.SERVICE_ID;
import static io.bookline.db.Schema.ServiceLanguages.SYNONYMS;
import static io.bookline.db.Schema.ServiceLanguages.T;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.DSLContext;

/** A service's display names and synonyms per language, one row per language (ADR 0031). */
final class ServiceLanguages {
  private ServiceLanguages() {}

  /** A service's names and synonyms, each by language code. */
  record Words(Map<String, String> names, Map<String, List<String>> synonyms) {
    static final Words NONE = new Words(Map.of(), Map.of());
  }

  static Words of(DSLContext db, long service) {
    return of(db, List.of(service)).getOrDefault(service, Words.NONE);
  }

  static Map<Long, Words> of(DSLContext db, Collection<Long> services) {
    Map<Long, Words> out = new HashMap<>();
    db.select(SERVICE_ID, LANGUAGE, NAME, SYNONYMS)
        .from(T)
        .where(SERVICE_ID.in(services))
        .orderBy(SERVICE_ID, LANGUAGE)
        .forEach(
            r -> {
              Words w =
                  out.computeIfAbsent(r.value1(), k -> new Words(new TreeMap<>(), new TreeMap<>()));
              if (r.value3() != null) {
                w.names().put(r.value2(), r.value3());
              }
              if (r.value4() != null && r.value4().length > 0) {
                w.synonyms().put(r.value2(), List.of(r.value4()));
              }
            });
    return out;
  }

  /**
   * Replaces the names, the synonyms, or both (whichever is not null), keeping the other as it was;
   * a language left with neither loses its row.
   */
  static void write(
      DSLContext tx, long service, Map<String, String> names, Map<String, List<String>> synonyms) {
    if (names == null && synonyms == null) {
      return;
    }
    Words was = of(tx, service);
    Map<String, String> newNames = names == null ? was.names() : names;
    Map<String, List<String>> newWords = synonyms == null ? was.synonyms() : synonyms;
    tx.deleteFrom(T).where(SERVICE_ID.eq(service)).execute();
    var languages = new TreeSet<>(newNames.keySet());
    languages.addAll(newWords.keySet());
    for (String language : languages) {
      String name = newNames.get(language);
      List<String> words = newWords.getOrDefault(language, List.of());
      if (name == null && words.isEmpty()) {
        continue;
      }
      tx.insertInto(T)
          .set(SERVICE_ID, service)
          .set(LANGUAGE, language)
          .set(NAME, name == null ? null : name.strip())
          .set(SYNONYMS, words.stream().map(String::strip).distinct().toArray(String[]::new))
          .execute();
    }
  }
}
