package io.bookline.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words of a message as {@link Phrases} match them, each with the clause it stands in (a
 * negation reaches no further than a comma: "no, cancel it") and the token it came from. A thumbs
 * up or down, which the tokenizer drops, is a word of its own: in chat it answers a question.
 *
 * @param words the words, as {@link Phrases#words} writes them
 * @param clauses for each word, how many clause ends stand before it
 * @param tokens for each word, the index of the last token it covers (-1 before the first)
 */
record MessageWords(List<String> words, int[] clauses, int[] tokens) {

  private static final String CLAUSE_ENDS = ",;:.!?¿¡";

  /** Signs that are answers: 👍 👌 👎, and the wave 👋 that greets. */
  private static final Set<String> SIGN_WORDS =
      Set.of(
          new String(Character.toChars(0x1F44D)),
          new String(Character.toChars(0x1F44C)),
          new String(Character.toChars(0x1F44E)),
          new String(Character.toChars(0x1F44B)));

  /** The words of the tokens of {@code raw}, with the clause ends and signs between them. */
  static MessageWords of(String raw, List<Tokenizer.Token> tokens) {
    List<String> words = new ArrayList<>();
    List<Integer> clauses = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    int clause = 0;
    int from = 0;
    for (int t = 0; t <= tokens.size(); t++) {
      int to = t < tokens.size() ? Math.max(from, tokens.get(t).start()) : raw.length();
      String gap = raw.substring(Math.min(from, to), to);
      for (int i = 0; i < gap.length(); i += Character.charCount(gap.codePointAt(i))) {
        String sign = Character.toString(gap.codePointAt(i));
        if (CLAUSE_ENDS.contains(sign)) {
          clause++;
        } else if (SIGN_WORDS.contains(sign)) {
          words.add(sign);
          clauses.add(clause);
          owners.add(t - 1);
        }
      }
      if (t < tokens.size()) {
        for (String w : Phrases.words(tokens.get(t).text())) {
          words.add(w);
          clauses.add(clause);
          owners.add(t);
        }
        from = Math.max(from, tokens.get(t).end());
      }
    }
    return new MessageWords(List.copyOf(words), ints(clauses), ints(owners));
  }

  /** The same message less the given words. */
  MessageWords without(Set<String> claimed) {
    List<String> w = new ArrayList<>();
    List<Integer> c = new ArrayList<>();
    List<Integer> t = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (!claimed.contains(words.get(i))) {
        w.add(words.get(i));
        c.add(clauses[i]);
        t.add(tokens[i]);
      }
    }
    return new MessageWords(List.copyOf(w), ints(c), ints(t));
  }

  private static int[] ints(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }
}
