package io.bookline.understanding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Something in the catalog a customer may name: a service or a staff member.
 *
 * <p>A value like a record (equal by its four parts), but a class so that it can carry the words of
 * its name and synonyms, lower-cased and folded once when it is made: a message is matched against
 * every entry many times over (each clause, each word), and folding the same catalog names again
 * for each of those was a fifth of a warm turn's allocation (ADR 0102).
 */
public final class Named {
  private final long id;
  private final String name;
  private final List<String> synonyms;
  private final Set<Long> serves;

  /** The name, then the synonyms: the phrases a message may name the entry by. */
  private final List<String> phrases;

  /** The words of each phrase, as {@link CatalogMatch#nameWords} reads them; same order. */
  private final List<List<String>> phraseWords;

  /** The words of each phrase written as one ("gelmanicure"), for German compounds; same order. */
  private final List<String> joinedPhrases;

  /** The words of all phrases, each once. */
  private final Set<String> distinctWords;

  /**
   * @param serves for a staff member, the ids of the services they do; empty when unknown (then a
   *     model's staff proposal is not checked against the service)
   */
  public Named(long id, String name, List<String> synonyms, Set<Long> serves) {
    this.id = id;
    this.name = name;
    this.synonyms = List.copyOf(synonyms);
    this.serves = serves == null ? Set.of() : Set.copyOf(serves);
    List<String> all = new ArrayList<>(this.synonyms.size() + 1);
    all.add(name);
    all.addAll(this.synonyms);
    this.phrases = Collections.unmodifiableList(all);
    List<List<String>> words = new ArrayList<>(phrases.size());
    List<String> joined = new ArrayList<>(phrases.size());
    Set<String> distinct = new HashSet<>();
    for (String phrase : phrases) {
      List<String> w = phrase == null ? List.of() : List.copyOf(CatalogMatch.nameWords(phrase));
      words.add(w);
      joined.add(String.join("", w));
      distinct.addAll(w);
    }
    this.phraseWords = List.copyOf(words);
    this.joinedPhrases = List.copyOf(joined);
    this.distinctWords = Collections.unmodifiableSet(distinct);
  }

  public Named(long id, String name, List<String> synonyms) {
    this(id, name, synonyms, Set.of());
  }

  public Named(long id, String name) {
    this(id, name, List.of(), Set.of());
  }

  public long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public List<String> synonyms() {
    return synonyms;
  }

  public Set<Long> serves() {
    return serves;
  }

  List<String> phrases() {
    return phrases;
  }

  List<List<String>> phraseWords() {
    return phraseWords;
  }

  List<String> joinedPhrases() {
    return joinedPhrases;
  }

  Set<String> distinctWords() {
    return distinctWords;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Named n
        && id == n.id
        && Objects.equals(name, n.name)
        && synonyms.equals(n.synonyms)
        && serves.equals(n.serves);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, synonyms, serves);
  }

  @Override
  public String toString() {
    return "Named[id="
        + id
        + ", name="
        + name
        + ", synonyms="
        + synonyms
        + ", serves="
        + serves
        + "]";
  }
}
