package io.bookline.understanding;

import java.util.Set;

/**
 * The words of one language that tell, when a message names several days, which one is wished for;
 * written as typed (lower case, without accents), since some are also date words ("al" is {@code
 * at}).
 *
 * @param against words that turn a day down when said shortly before it or after it in its clause:
 *     "not tomorrow", "tomorrow doesn't work", "morgen geht doch nicht", "mañana no"
 * @param busy words that turn a part of the day down the same way: "because in the morning I work",
 *     "vormittags muss ich arbeiten", "por la mañana trabajo" (not a day: "does Monday work?")
 * @param toward words right before a day that make it the one aimed at: "den Termin auf Mittwoch
 *     verschieben", "cambiar la cita para el miércoles", "pasarla al miércoles", "move it to
 *     Wednesday"
 * @param corrections words shortly before a later day that take back an earlier one: "tuesday but
 *     actually wednesday", "Dienstag, aber doch lieber Mittwoch", "el martes pero mejor el
 *     miércoles"
 */
record WishWords(
    Set<String> against, Set<String> busy, Set<String> toward, Set<String> corrections) {
  WishWords {
    corrections = Set.copyOf(corrections);
    busy = Set.copyOf(busy);
    against = Set.copyOf(against);
    toward = Set.copyOf(toward);
  }
}
