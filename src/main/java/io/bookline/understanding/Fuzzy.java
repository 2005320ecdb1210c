package io.bookline.understanding;

/**
 * How close a typed word is to a word we know: an edit distance allowed to grow with the word's
 * length, and a consonant key that survives dropped vowels and doubled letters ("apointment",
 * "tommorow", "pricess"). Typos rarely touch the first letter, so both must agree on it.
 */
final class Fuzzy {
  private Fuzzy() {}

  /** Whether {@code typed} is a plausible misspelling of {@code known} (which is not equal). */
  static boolean near(String typed, String known) {
    int lt = typed.length();
    int lk = known.length();
    if (lk < 5 || lt < 4 || typed.charAt(0) != known.charAt(0) || Math.abs(lt - lk) > 2) {
      return false;
    }
    int allowed = lk >= 8 ? 2 : 1;
    int d = distance(typed, known, allowed + 2);
    if (d <= allowed) {
      return true;
    }
    // One more edit is allowed when only vowels and doubled letters differ.
    return d == allowed + 1 && lk >= 6 && key(typed).equals(key(known));
  }

  /**
   * The consonant skeleton: first letter kept, later vowels (and y, h, w) dropped, runs of one
   * letter written once ("appointment" and "apointmnt" both give "apntmnt").
   */
  static String key(String word) {
    StringBuilder out = new StringBuilder(word.length());
    char last = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (i > 0 && "aeiouyhw'".indexOf(c) >= 0) {
        continue;
      }
      if (c != last) {
        out.append(c);
      }
      last = c;
    }
    return out.toString();
  }

  /**
   * Optimal string alignment distance (edits plus adjacent swaps, as in "thrusday"), giving up with
   * {@code cap} once the answer is known to be at least that.
   */
  static int distance(String a, String b, int cap) {
    int[] prev2 = new int[b.length() + 1];
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, prev2[j - 2] + 1);
        }
        cur[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin >= cap) {
        return cap;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[b.length()], cap);
  }
}
