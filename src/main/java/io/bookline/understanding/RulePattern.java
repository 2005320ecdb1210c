package io.bookline.understanding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A date/time rule's pattern, written as a sequence of words a language's data can state plainly
 * and compiled to a regular expression over the {@link Sym} notation.
 *
 * <pre>
 *   word          that word                  a|b        either
 *   &lt;dow&gt;         a symbol class, captured   x?         optional
 *   &lt;num:h&gt;       a class captured as "h"    (x y)?     optional sequence
 *   &lt;ord|num:d&gt;   either class, as "d"       !x|y       not followed by x or y
 *   &lt;which=next|this&gt;  either word, captured as "which"
 *   &amp;(x y)      followed by x y, which stay outside the match (context, not content)
 *   ^(x y)      preceded by x y, likewise
 * </pre>
 */
final class RulePattern {
  final Pattern regex;
  private final List<Need> needs;
  final String source;
  final Set<String> names;
  private final Starters starters;

  /** What the first word of a match can be, so a rule is tried only where it can start. */
  private static final class Starters {
    int kinds;
    final Set<String> words = new HashSet<>();
    boolean any;
    boolean done;

    void add(int moreKinds, Set<String> moreWords, boolean optional) {
      if (!done) {
        kinds |= moreKinds;
        words.addAll(moreWords);
        done = !optional;
      }
    }
  }

  /** A word the message must have for the rule to be tried. */
  private record Need(int kinds, Set<String> words) {
    boolean metBy(int kindsPresent, Set<String> wordsPresent) {
      if ((kinds & kindsPresent) != 0) {
        return true;
      }
      for (String w : words) {
        if (wordsPresent.contains(w)) {
          return true;
        }
      }
      return false;
    }
  }

  private RulePattern(
      String source, String regex, List<Need> needs, Set<String> names, Starters starters) {
    this.source = source;
    this.regex = Pattern.compile(regex);
    this.needs = List.copyOf(needs);
    this.names = Set.copyOf(names);
    this.starters = starters;
  }

  static RulePattern compile(String source) {
    List<Need> needs = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Starters starters = new Starters();
    String body = sequence(source.strip(), needs, names, starters);
    starters.any |= !starters.done;
    return new RulePattern(source, "(?<= )" + body, needs, names, starters);
  }

  /** Whether a match can begin with this symbol. */
  boolean canStartWith(Sym sym) {
    return starters.any
        || (starters.kinds & sym.kind().bit()) != 0
        || starters.words.contains(sym.text());
  }

  /** Whether every word the pattern cannot do without is somewhere in the message. */
  boolean possible(int kindsPresent, Set<String> wordsPresent) {
    for (Need n : needs) {
      if (!n.metBy(kindsPresent, wordsPresent)) {
        return false;
      }
    }
    return true;
  }

  /** Compiles a sequence; {@code starters} is null inside groups and context. */
  private static String sequence(String s, List<Need> needs, Set<String> names, Starters starters) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      if (s.charAt(i) == ' ') {
        i++;
      } else if (s.startsWith("^(", i)) {
        int close = closing(s, i + 1);
        out.append("(?<=")
            .append(sequence(s.substring(i + 2, close), needs, names, null))
            .append(')');
        i = close + 1;
      } else if (s.startsWith("&(", i)) {
        int close = closing(s, i + 1);
        out.append("(?=")
            .append(sequence(s.substring(i + 2, close), needs, names, null))
            .append(')');
        i = close + 1;
      } else if (s.charAt(i) == '(') {
        int close = closing(s, i);
        String inner = sequence(s.substring(i + 1, close), new ArrayList<>(), names, null);
        boolean optional = close + 1 < s.length() && s.charAt(close + 1) == '?';
        if (starters != null && !starters.done) {
          starters.any = true;
        }
        out.append("(?:").append(inner).append(optional ? ")?" : ")");
        i = close + (optional ? 2 : 1);
      } else {
        int end = elementEnd(s, i);
        out.append(element(s.substring(i, end), needs, names, starters));
        i = end;
      }
    }
    return out.toString();
  }

  private static String element(String e, List<Need> needs, Set<String> names, Starters starters) {
    boolean negative = e.startsWith("!");
    boolean optional = e.endsWith("?");
    String alts = e.substring(negative ? 1 : 0, e.length() - (optional ? 1 : 0));
    int[] kinds = {0};
    Set<String> words = new HashSet<>();
    StringBuilder rx = new StringBuilder();
    for (String atom : splitTop(alts)) {
      if (!rx.isEmpty()) {
        rx.append('|');
      }
      rx.append(atom.startsWith("<") ? angle(atom, kinds, words, names) : literal(atom, words));
    }
    String token = "(?:" + rx + ") ";
    if (negative) {
      return "(?!" + token + ")";
    }
    if (starters != null) {
      starters.add(kinds[0], words, optional);
    }
    if (optional) {
      return "(?:" + token + ")?";
    }
    needs.add(new Need(kinds[0], Set.copyOf(words)));
    return token;
  }

  private static String angle(String atom, int[] kinds, Set<String> words, Set<String> names) {
    String inner = atom.substring(1, atom.length() - 1);
    int eq = inner.indexOf('=');
    if (eq > 0) {
      String name = unique(inner.substring(0, eq), names);
      StringBuilder rx = new StringBuilder();
      for (String w : inner.substring(eq + 1).split("\\|")) {
        rx.append(rx.isEmpty() ? "" : "|").append(literal(w, words));
      }
      return "(?<" + name + ">" + rx + ")";
    }
    int colon = inner.indexOf(':');
    String classes = colon > 0 ? inner.substring(0, colon) : inner;
    String name = unique(colon > 0 ? inner.substring(colon + 1) : classes, names);
    StringBuilder rx = new StringBuilder();
    for (String c : classes.split("\\|")) {
      SymClass cls = SymClass.named(c);
      kinds[0] |= cls.kinds;
      words.addAll(cls.words);
      rx.append(rx.isEmpty() ? "" : "|").append(cls.regex);
    }
    return "(?<" + name + ">" + rx + ")";
  }

  private static String unique(String name, Set<String> names) {
    if (!names.add(name)) {
      throw new IllegalArgumentException("capture '" + name + "' appears twice in a rule");
    }
    return name;
  }

  private static String literal(String word, Set<String> words) {
    words.add(word);
    StringBuilder out = new StringBuilder();
    for (char c : word.toCharArray()) {
      if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static List<String> splitTop(String alts) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < alts.length(); i++) {
      char c = alts.charAt(i);
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(alts.substring(from, i));
        from = i + 1;
      }
    }
    out.add(alts.substring(from));
    return out;
  }

  private static int elementEnd(String s, int i) {
    int depth = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (c == ' ' && depth == 0) {
        return i;
      }
      i++;
    }
    return i;
  }

  private static int closing(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      if (s.charAt(i) == '(') {
        depth++;
      } else if (s.charAt(i) == ')' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unclosed '(' in rule: " + s);
  }
}
