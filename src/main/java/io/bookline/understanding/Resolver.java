package io.bookline.understanding;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Turns what a rule captured into a {@link Piece}, or null when the words turn out not to be a date
 * or time after all (the rule is then as if it had not matched). Resolvers are shared by all
 * languages; a language's rules only say which resolver reads which words.
 */
@FunctionalInterface
interface Resolver {
  Piece resolve(Captures c, Anchor anchor);

  /**
   * What relative words are read against.
   *
   * @param now the business's local date and time
   * @param monthFirst read {@code 8/3} as August 3rd (US) rather than 8 March
   */
  record Anchor(LocalDateTime now, boolean monthFirst) {
    LocalDate today() {
      return now.toLocalDate();
    }
  }
}
