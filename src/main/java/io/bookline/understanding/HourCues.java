package io.bookline.understanding;

import java.util.Set;

/**
 * The words around a number that make it an hour while a time is held or offered: "make it 5", "can
 * we do 5 instead?", "actually 5", "lieber um 5", "mejor a las 5 entonces". Only a number that ends
 * the message counts, so "2 people" or "I'm 5 minutes late" stay what they are.
 *
 * @param before words one of which stands right before the number ("it", "do", "actually")
 * @param after words that may follow it to the end ("instead", "then", "please")
 */
record HourCues(Set<String> before, Set<String> after) {
  HourCues {
    before = Set.copyOf(before);
    after = Set.copyOf(after);
  }
}
