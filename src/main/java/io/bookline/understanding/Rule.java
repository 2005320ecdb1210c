package io.bookline.understanding;

/** One line of a language's date/time table: a pattern and the shared resolver that reads it. */
record Rule(RulePattern pattern, Resolver resolver) {
  static Rule of(String pattern, Resolver resolver) {
    return new Rule(RulePattern.compile(pattern), resolver);
  }
}
