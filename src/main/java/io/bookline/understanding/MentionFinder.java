package io.bookline.understanding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds in a message what the slots cannot hold ({@link Mentions}): a kind of service the catalog
 * lacks, a name asked for that is no staff member's, and several services named at once.
 */
final class MentionFinder {
  private MentionFinder() {}

  /** Words that join two wishes: "manicure and pedicure", "Maniküre und Pediküre". */
  private static final Set<String> AND = Set.of("and", "plus", "und", "sowie", "y");

  /**
   * The services a message names, one per part between its "and"s.
   *
   * @param first the service the booking starts with: the first named, or null when the first part
   *     names one only vaguely ("manicure" where there are two)
   * @param more the services named after it
   */
  record Services(Long first, List<Long> more) {}

  /**
   * The first service named, unless the message names a kind not offered ({@code unknown}) and the
   * service only by a word of one of its names: "acrylic nails" asks for acrylics, and "nails" only
   * half-names the Gel Manicure ("gel nails"), so no booking of it starts; nor does "my nails"
   * alone, the studio's whole trade.
   */
  static Long wholly(Services named, String unknown, List<String> words, List<Named> catalog) {
    Long first = named.first();
    if (first == null || !named.more().isEmpty()) {
      return first;
    }
    boolean half = unknown != null || words.stream().anyMatch(NAILS::contains);
    if (!half) {
      return first;
    }
    return catalog.stream().anyMatch(n -> n.id() == first && CatalogMatch.wholly(words, n))
        ? first
        : null;
  }

  /**
   * "my nails", "nail appointment": what every service of a nail studio is about, so a service
   * found only through it ("nails" of the Gel Manicure's "gel nails") is asked about, not guessed,
   * as German "meine Nägel" and Spanish "las uñas" already are.
   */
  private static final Set<String> NAILS = Set.of("nails", "nail");

  /**
   * Whether a question, with nothing asked before it, names only a staff member and a day ("¿está
   * Anna mañana?", "Anna tomorrow?"): it asks whether they work then.
   */
  static boolean staffOnADay(
      String raw,
      Expectation expecting,
      Long resourceId,
      Long serviceId,
      DateTimeParser.Found found) {
    return expecting == Expectation.NOTHING
        && raw.endsWith("?")
        && resourceId != null
        && serviceId == null
        && found.date() != null
        && found.time() == null
        && found.partOfDay() == null;
  }

  /**
   * The services named in the parts of the words; {@code found}, the service the whole message
   * names, alone when the parts name fewer than two or a service of its own ("Mani and Pedi").
   */
  static Services services(List<String> words, List<Named> catalog, Long found) {
    List<Long> named = new ArrayList<>();
    boolean vagueFirst = false;
    for (List<String> part : parts(words, catalog)) {
      Long id = CatalogMatch.bestMatch(part, catalog);
      if (id == null) {
        vagueFirst |=
            named.isEmpty()
                && (CatalogMatch.sharing(part, catalog).size() > 1
                    || part.size() == 1 && CatalogMatch.namedBy(part.get(0), catalog).size() > 1);
      } else if (!named.contains(id)) {
        named.add(id);
      }
    }
    if (found != null && !named.contains(found) || named.size() < (vagueFirst ? 1 : 2)) {
      return new Services(found, List.of());
    }
    return vagueFirst
        ? new Services(null, named)
        : new Services(named.getFirst(), named.subList(1, named.size()));
  }

  static List<List<String>> parts(List<String> words, List<Named> catalog) {
    List<List<String>> parts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= words.size(); i++) {
      if (i == words.size() || AND.contains(words.get(i))) {
        if (i > from) {
          parts.addAll(sideBySide(words.subList(from, i), catalog));
        }
        from = i + 1;
      }
    }
    return parts;
  }

  /**
   * "mani pedi combo": words side by side that each name services no other of them names are one
   * part each; "gel manicure" (both words name the Gel Manicure) stays one part.
   */
  private static List<List<String>> sideBySide(List<String> part, List<Named> catalog) {
    List<List<String>> each = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (String w : part) {
      Set<Long> named = CatalogMatch.namedBy(w, catalog);
      if (named.isEmpty()) {
        continue;
      }
      for (Long id : named) {
        if (!seen.add(id)) {
          return List.of(part);
        }
      }
      each.add(List.of(w));
    }
    return each.size() >= 2 ? each : List.of(part);
  }

  /** The most people one message books for: a party larger than this is for the team. */
  static final int MAX_PEOPLE = 4;

  /**
   * How many people the message books for: a number said as people ("3 people", "for 2", "somos
   * 3"), the number before a service word ("two manicures", "2 Pediküren") unless it is the hour,
   * the date or a price ({@link CountedPeople}); 2 for a phrase of the language's party table ("for
   * my daughter and me"); else 1.
   */
  static int people(Phrases<Boolean> party, Heard heard, DateWords dates, List<Named> catalog) {
    int said =
        CountedPeople.saidAsPeople(
            heard.message(), heard.tokens(), heard.found(), dates, MAX_PEOPLE);
    int counted =
        said > 0
            ? said
            : CountedPeople.beforeAService(
                heard.message(), heard.tokens(), heard.found(), dates, catalog, MAX_PEOPLE);
    if (counted > 0) {
      return counted;
    }
    MessageWords message = heard.message();
    return party.first(message.words(), message.clauses()) != null ? 2 : 1;
  }

  /**
   * The customer's words for a kind of service the business does not offer ("haircuts"), when the
   * message names no service of the catalog; null otherwise.
   */
  static String unknownService(
      Phrases<Boolean> otherServices,
      MessageWords message,
      List<Tokenizer.Token> tokens,
      String raw,
      List<Named> catalog) {
    int[] at = otherServices.find(message.words(), message.clauses());
    if (at == null) {
      return null;
    }
    List<String> said = message.words().subList(at[0], at[1]);
    if (CatalogMatch.bestMatch(said, catalog) != null
        || !CatalogMatch.sharing(said, catalog).isEmpty()) {
      return null;
    }
    List<String> w = message.words();
    int[] clauses = message.clauses();
    int start = at[0];
    int end = at[1];
    // The whole kind the customer wrote: "eyelash extensions", "extensiones de pestañas".
    if (end < w.size() && clauses[end] == clauses[end - 1] && KIND_AFTER.contains(w.get(end))) {
      end++;
    }
    if (start >= 2
        && w.get(start - 1).equals("de")
        && clauses[start - 2] == clauses[start]
        && KIND_BEFORE.contains(w.get(start - 2))) {
      start -= 2;
    }
    return raw.substring(
        tokens.get(message.tokens()[start]).start(), tokens.get(message.tokens()[end - 1]).end());
  }

  /** Words that make a kind of service out of the one before them ("eyelash extensions"). */
  private static final Set<String> KIND_AFTER =
      Set.of("extension", "extensions", "lift", "lifting", "tint", "tinting");

  /** The same before "de" in Spanish ("extensiones de pestañas"). */
  private static final Set<String> KIND_BEFORE =
      Set.of("extension", "extensiones", "lifting", "tinte", "tintes");

  /** Whoever works: "with whoever is free", "mit irgendwem", "con quien sea" name nobody. */
  private static final Set<String> ANYONE =
      Set.of(
          "whoever",
          "anyone",
          "anybody",
          "someone",
          "somebody",
          "wem",
          "irgendwem",
          "jemandem",
          "irgendjemandem",
          "quien",
          "quién",
          "quienquiera",
          "cualquiera",
          "alguien");

  /**
   * The name after "with" ("with Sarah please", "can I book with Sarah?") when it is no staff
   * member's, as written with a capital; null otherwise. Only a word no language data knows, that
   * the message leaves there (its end, a clause's end or a known word follows: not "with French
   * tips"), and that could be a person's name.
   */
  static String unknownStaff(
      Set<String> withStaff,
      Set<String> known,
      MessageWords message,
      List<Tokenizer.Token> tokens,
      String raw,
      List<Named> services,
      List<Named> resources) {
    List<String> w = message.words();
    int[] clauses = message.clauses();
    for (int i = 0; i + 1 < w.size(); i++) {
      String word = w.get(i + 1);
      if (!withStaff.contains(w.get(i))
          || known.contains(word)
          || ANYONE.contains(word)
          || word.length() < 2
          || !word.chars().allMatch(Character::isLetter)) {
        continue;
      }
      boolean endsThere =
          i + 2 == w.size() || clauses[i + 2] != clauses[i + 1] || known.contains(w.get(i + 2));
      if (!endsThere
          || CatalogMatch.bestMatch(List.of(word), services) != null
          || CatalogMatch.bestMatch(List.of(word), resources) != null) {
        continue;
      }
      Tokenizer.Token token = tokens.get(message.tokens()[i + 1]);
      String asTyped = raw.substring(token.start(), token.end());
      if (PersonNames.couldBeName(asTyped)) {
        return asTyped.substring(0, 1).toUpperCase(Locale.ROOT) + asTyped.substring(1);
      }
    }
    return null;
  }
}
