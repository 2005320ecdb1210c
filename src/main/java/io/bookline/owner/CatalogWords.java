package io.bookline.owner;

import static io.bookline.db.Schema.Resources;
import static io.bookline.db.Schema.Services;

import io.bookline.understanding.CatalogPhrases;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Names the chat could not tell apart. The chat finds a service by the words of its name, its
 * synonyms and its names and synonyms in every language, compared in lower case without accents
 * (understanding's {@code CatalogMatch}); a staff member by the words of the name. Two services
 * that share such a phrase tie, and a customer who names either, even by pressing its button, is
 * asked again for ever. So no phrase of one service may equal a phrase of another under that
 * comparison, nor one staff name another. Deactivated services count too: switching one back on
 * checks nothing.
 */
final class CatalogWords {
  private CatalogWords() {}

  /** A phrase the owner sent for a service, under the field that carried it. */
  record Phrase(String field, String text) {}

  /** Another service's phrase: whose it is, and whether it is that service's name. */
  private record Owner(String service, boolean isName) {}

  /** The phrase as the chat compares it ({@link CatalogPhrases#key}). */
  static String key(String phrase) {
    return CatalogPhrases.key(phrase);
  }

  /**
   * A service's or staff member's {@code name_key}: its {@link #key}, which Postgres keeps unique
   * among the business's live rows (ADR 0047), so two names the chat could not tell apart cannot
   * both be written even by requests that passed these checks at the same instant. Null for a name
   * without letters or digits: the checks here let such names be (they tell the chat nothing), and
   * NULLs never clash.
   */
  static String nameKey(String name) {
    String key = key(name);
    return key.isEmpty() ? null : key;
  }

  /** Adds a problem for each phrase that another of the business's services already has. */
  static void services(DSLContext db, long business, Long except, List<Phrase> sent, Problems p) {
    if (sent.isEmpty()) {
      return;
    }
    Map<String, Owner> taken = otherServices(db, business, except);
    for (Phrase phrase : sent) {
      Owner owner = taken.get(key(phrase.text()));
      if (owner == null || p.has(phrase.field()) || key(phrase.text()).isEmpty()) {
        continue;
      }
      p.add(
          phrase.field(),
          phrase.field().equals("name") && owner.isName()
              ? "a service named '" + owner.service() + "' already exists"
              : "'"
                  + phrase.text().strip()
                  + "' is already a word for the service '"
                  + owner.service()
                  + "'");
    }
  }

  /** The name of another of the business's staff that the chat would take for {@code name}. */
  static String staffTwin(DSLContext db, long business, Long except, String name) {
    String wanted = key(name);
    for (var r :
        db.select(Resources.ID, Resources.NAME)
            .from(Resources.T)
            .where(Resources.BUSINESS_ID.eq(business))
            .and(Resources.DELETED_AT.isNull())
            .orderBy(Resources.ID)) {
      if (!r.value1().equals(except) && !wanted.isEmpty() && key(r.value2()).equals(wanted)) {
        return r.value2();
      }
    }
    return null;
  }

  /** Every phrase of the business's other live services, by key. */
  private static Map<String, Owner> otherServices(DSLContext db, long business, Long except) {
    var rows =
        db.select(Services.ID, Services.NAME, Services.SYNONYMS)
            .from(Services.T)
            .where(Services.BUSINESS_ID.eq(business))
            .and(Services.DELETED_AT.isNull())
            .and(except == null ? Services.ID.isNotNull() : Services.ID.ne(except))
            .orderBy(Services.ID)
            .fetch();
    var languages = ServiceLanguages.of(db, rows.getValues(Services.ID));
    Map<String, Owner> out = new HashMap<>();
    for (var r : rows) {
      String name = r.value2();
      List<String> words = new ArrayList<>();
      if (r.value3() != null) {
        words.addAll(List.of(r.value3()));
      }
      var more = languages.getOrDefault(r.value1(), ServiceLanguages.Words.NONE);
      words.addAll(more.names().values());
      more.synonyms().values().forEach(words::addAll);
      out.put(key(name), new Owner(name, true));
      for (String word : words) {
        out.putIfAbsent(key(word), new Owner(name, false));
      }
    }
    return out;
  }
}
