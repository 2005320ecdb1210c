package io.bookline.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keyword phrases of one language, each belonging to a key (an intent), found in a message's words
 * with one hash look-up per word instead of a regular expression per key. Written as data:
 *
 * <pre>
 *   how much          these words in a row       ^yes            only at the start
 *   my appointment|booking   either word         call me back?   the word may be missing
 *   reschedul*        a word starting so         get a _         any one word
 *   kann _ nicht$     the last word ends its clause ("ich kann am Montag nicht, geht Mittwoch?")
 *   komme nicht !pünktlich   unless these words follow ("ich komme nicht pünktlich" is only late)
 * </pre>
 *
 * Accents and apostrophes are ignored ("öffnungszeiten" = "offnungszeiten", "can't" = "cant"). When
 * several keys match, the one given first wins. A phrase of a key that can be negated does not
 * count right after a negation in the same clause ("I don't want to cancel, I want to reschedule");
 * the negation is used up by the first such phrase ("no quiero cancelar quiero cambiarla").
 *
 * @param <K> what a phrase says (an intent)
 */
final class Phrases<K> {

  /** One word of a phrase: one of some words, a prefix, or any word. */
  private record Slot(Set<String> words, String prefix) {
    boolean matches(String word) {
      if (prefix != null) {
        return word.startsWith(prefix);
      }
      return words == null || words.contains(word);
    }
  }

  private record Phrase(
      Slot[] slots, boolean anchored, boolean closing, List<Slot[]> unless, int order) {
    boolean matchesAt(List<String> words, int[] clauses, int at) {
      int end = at + slots.length;
      if ((anchored && at != 0) || end > words.size()) {
        return false;
      }
      if (closing && end < words.size() && clauses[end] == clauses[end - 1]) {
        return false;
      }
      return matchAt(slots, words, at) && unless.stream().noneMatch(u -> matchAt(u, words, end));
    }

    private static boolean matchAt(Slot[] slots, List<String> words, int at) {
      if (at + slots.length > words.size()) {
        return false;
      }
      for (int i = 0; i < slots.length; i++) {
        if (!slots[i].matches(words.get(at + i))) {
          return false;
        }
      }
      return true;
    }
  }

  private static final String SIGNS = "€$£";

  /**
   * The word set of each slot text, built once: a slot's words depend on its text alone, and a long
   * one ({@link ClauseDays}) stands in many phrases, variants and readers (one per test app).
   */
  private static final Map<String, Set<String>> WORD_SETS = new ConcurrentHashMap<>();

  /** How many words after a negation it reaches: "don't want to cancel", "nicht stornieren". */
  static final int NEGATION_REACH = 4;

  private final List<K> keys = new ArrayList<>();
  private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
  private final List<Phrase> anywhere = new ArrayList<>();
  private final Set<String> negations;
  private final Set<K> negatable;

  /** Phrases per key, in order of preference. */
  Phrases(Map<K, List<String>> phrases) {
    this(phrases, Set.of(), Set.of());
  }

  /**
   * Phrases per key, in order of preference; a phrase of a {@code negatable} key does not count
   * within {@link #NEGATION_REACH} words after one of the {@code negations} words.
   */
  Phrases(Map<K, List<String>> phrases, Set<String> negations, Set<K> negatable) {
    for (Map.Entry<K, List<String>> e : phrases.entrySet()) {
      int order = keys.size();
      keys.add(e.getKey());
      for (String phrase : e.getValue()) {
        add(phrase, order);
      }
    }
    this.negations = new HashSet<>();
    negations.forEach(w -> this.negations.addAll(Vocabulary.spellings(w.replace("'", ""))));
    this.negatable = Set.copyOf(negatable);
  }

  /**
   * The words of a lower-case text the way phrases are matched: folded, apostrophes dropped ("i'd"
   * → "id"), currency signs kept as words of their own.
   */
  static List<String> words(String lower) {
    String text = Folding.fold(lower);
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c) || (c == '/' && word.isEmpty())) {
        word.append(c);
      } else if (c != '\'' || word.isEmpty()) {
        if (!word.isEmpty()) {
          out.add(word.toString());
          word.setLength(0);
        }
        if (SIGNS.indexOf(c) >= 0) {
          out.add(String.valueOf(c));
        }
      }
    }
    return out;
  }

  /** The first key, in the given order, one of whose phrases the words contain; or null. */
  K first(List<String> words) {
    return first(words, new int[words.size()]);
  }

  /**
   * The first key, in the given order, one of whose phrases the words contain, not counting a
   * negated phrase; or null.
   *
   * @param clauses for each word, the clause it stands in: a negation reaches no further
   */
  K first(List<String> words, int[] clauses) {
    int best = Integer.MAX_VALUE;
    int negation = -1;
    for (int i = 0; i < words.size(); i++) {
      boolean negated =
          negation >= 0 && i - negation <= NEGATION_REACH && clauses[i] == clauses[negation];
      int[] found = {best, 0};
      List<Phrase> candidates = byFirstWord.get(words.get(i));
      if (candidates != null) {
        earliest(candidates, words, clauses, i, negated, found);
      }
      if (!anywhere.isEmpty()) {
        earliest(anywhere, words, clauses, i, negated, found);
      }
      best = found[0];
      boolean negatableHere = found[1] > 0;
      if (negated && negatableHere) {
        negation = -1;
      } else if (negations.contains(words.get(i)) && !negatableHere) {
        // "no puedo ir" is itself a cancel: a negation that opens such a phrase negates nothing.
        negation = i;
      }
    }
    return best == Integer.MAX_VALUE ? null : keys.get(best);
  }

  /**
   * Lowers {@code found[0]} to the best order of the phrases matching at {@code at}, skipping those
   * of negatable keys when {@code negated}; counts in {@code found[1]} the negatable ones matching.
   */
  private void earliest(
      List<Phrase> phrases,
      List<String> words,
      int[] clauses,
      int at,
      boolean negated,
      int[] found) {
    for (Phrase p : phrases) {
      boolean canNegate = negatable.contains(keys.get(p.order()));
      if ((canNegate || p.order() < found[0]) && p.matchesAt(words, clauses, at)) {
        if (canNegate) {
          found[1]++;
        }
        if (!(negated && canNegate) && p.order() < found[0]) {
          found[0] = p.order();
        }
      }
    }
  }

  /**
   * The keys among {@code wanted} whose phrases the words contain, each once, in the order their
   * first phrase stands in the words.
   */
  List<K> inOrder(List<String> words, int[] clauses, Set<K> wanted) {
    List<K> out = new ArrayList<>();
    for (int at = 0; at < words.size(); at++) {
      List<Phrase> candidates = new ArrayList<>(anywhere);
      candidates.addAll(byFirstWord.getOrDefault(words.get(at), List.of()));
      for (Phrase p : candidates) {
        K key = keys.get(p.order());
        if (wanted.contains(key) && !out.contains(key) && p.matchesAt(words, clauses, at)) {
          out.add(key);
        }
      }
    }
    return out;
  }

  /**
   * Where the first phrase (of any key) stands in the words: the index of its first word and one
   * past its last, the longest at the earliest place; null when none matches.
   *
   * @param clauses for each word, the clause it stands in
   */
  int[] find(List<String> words, int[] clauses) {
    for (int at = 0; at < words.size(); at++) {
      int longest = 0;
      List<Phrase> candidates = new ArrayList<>(anywhere);
      candidates.addAll(byFirstWord.getOrDefault(words.get(at), List.of()));
      for (Phrase p : candidates) {
        if (p.matchesAt(words, clauses, at)) {
          longest = Math.max(longest, p.slots().length);
        }
      }
      if (longest > 0) {
        return new int[] {at, at + longest};
      }
    }
    return null;
  }

  /**
   * How many words the longest phrase of {@code key} that opens the message covers ("buenas tardes"
   * → 2); 0 when none does.
   */
  int opening(K key, List<String> words) {
    int longest = 0;
    List<Phrase> candidates = words.isEmpty() ? null : byFirstWord.get(words.get(0));
    for (Phrase p : candidates == null ? List.<Phrase>of() : candidates) {
      if (keys.get(p.order()).equals(key) && p.matchesAt(words, new int[words.size()], 0)) {
        longest = Math.max(longest, p.slots().length);
      }
    }
    return longest;
  }

  private void add(String source, int order) {
    String s = source.strip().toLowerCase(Locale.ROOT);
    // "no puedo venir !puntual !a tiempo": each "!" opens words that must not follow.
    String[] parts = s.split(" +!");
    List<Slot[]> unless = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      unless.add(compile(List.of(parts[i].strip().split(" +"))).slots());
    }
    s = parts[0];
    boolean anchored = s.startsWith("^");
    boolean closing = s.endsWith("$");
    s = closing ? s.substring(0, s.length() - 1) : s;
    List<List<String>> variants = new ArrayList<>();
    variants.add(List.of());
    for (String slot : (anchored ? s.substring(1) : s).split(" +")) {
      boolean optional = slot.endsWith("?");
      String body = optional ? slot.substring(0, slot.length() - 1) : slot;
      // "nicht am? _? _?": the same slot twice optional gives the same variant twice; index it
      // once.
      Set<List<String>> next = new LinkedHashSet<>();
      for (List<String> v : variants) {
        List<String> with = new ArrayList<>(v);
        with.add(body);
        next.add(with);
        if (optional) {
          next.add(v);
        }
      }
      variants = new ArrayList<>(next);
    }
    for (List<String> v : variants) {
      if (!v.isEmpty()) {
        Phrase p = compile(v);
        index(new Phrase(p.slots(), anchored, closing, List.copyOf(unless), order));
      }
    }
  }

  private static Phrase compile(List<String> slots) {
    Slot[] out = new Slot[slots.size()];
    for (int i = 0; i < out.length; i++) {
      String s = slots.get(i).replace("'", "");
      if (s.equals("_")) {
        out[i] = new Slot(null, null);
      } else if (s.endsWith("*")) {
        out[i] = new Slot(null, Folding.fold(s.substring(0, s.length() - 1)));
      } else {
        out[i] = new Slot(WORD_SETS.computeIfAbsent(s, Phrases::spellings), null);
      }
    }
    return new Phrase(out, false, false, List.of(), 0);
  }

  /** The words of a slot ("am|um|uhr|…") in every spelling. */
  private static Set<String> spellings(String slot) {
    Set<String> words = new HashSet<>();
    for (String w : slot.split("\\|")) {
      words.addAll(Vocabulary.spellings(w));
    }
    return Set.copyOf(words);
  }

  private void index(Phrase p) {
    Slot first = p.slots()[0];
    if (first.words() == null) {
      anywhere.add(p);
      return;
    }
    for (String w : first.words()) {
      byFirstWord.computeIfAbsent(w, k -> new ArrayList<>()).add(p);
    }
  }
}
