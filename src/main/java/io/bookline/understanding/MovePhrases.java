package io.bookline.understanding;

import java.util.List;
import java.util.stream.Stream;

/**
 * The everyday ways of asking to put "it" somewhere else ({@link Intent#CHANGE}), beside each
 * language's own table: "can you put it at 3?", "the tuesday one", "kann man das auf 13 Uhr
 * legen?", "¿me la puedes poner a las 5?". A change is decided by the dialogue ({@code
 * booking.ChangeTarget}): the booking under way, else the customer's booking, so none of these
 * books anew while the customer has a booking to move.
 */
final class MovePhrases {
  private MovePhrases() {}

  /** English: put/move/switch/change/make it. */
  static List<String> english(String... own) {
    return with(
        own,
        "put|putting it|that at|on|to|for|back|forward|later|earlier",
        // "switch the tuesday one to friday", "make my wednesday one 3pm".
        "move|moving|switch|change|changing|put|make|push|shift the|my _ one",
        "^make that _",
        // "actually can i change to 12": the booking is meant without "it".
        "can|could i|we change|switch|move to",
        "can|could|would you|we|i make that _");
  }

  /** German: legen/verlegen/schieben/machen. */
  static List<String> german(String... own) {
    return with(
        own,
        // "kann man das auf 13 Uhr legen?", "können Sie es auf Freitag verlegen?"
        "das|es|ihn|sie auf _ legen|verlegen|schieben|verschieben|machen|setzen|umlegen",
        "das|es|ihn|sie auf _ _ legen|verlegen|schieben|verschieben|machen|setzen|umlegen",
        "das|es|ihn|sie auf _ _ _ legen|verlegen|schieben|verschieben|machen|setzen|umlegen",
        // "leg es auf 13 Uhr", "schieb das auf Freitag".
        "leg|lege|legt|schieb|schiebe|schiebt|verleg|verlege|setz|setze|mach|mache ihn|es|das|sie auf");
  }

  /** Spanish: poner/pasar/mover/cambiar. */
  static List<String> spanish(String... own) {
    return with(
        own,
        // "¿me la puedes poner a las 5?", "ponla el jueves".
        "me la|lo pones|pon|pone|poner|ponéis|ponen",
        "la|lo puedo|puedes|podemos|podéis|puede|pueden|podrías|podría poner",
        "ponerla|ponerlo|ponla|ponlo|pónmela|pónmelo|ponérmela|ponérmelo",
        "pasármela|pasármelo|cambiármela|cambiármelo|movérmela|movérmelo",
        // "¿se puede pasar al martes a la misma hora?"
        "se puede|podría|podria|pudiera pasar|cambiar|mover|poner al|a|para");
  }

  private static List<String> with(String[] own, String... more) {
    return Stream.concat(Stream.of(own), Stream.of(more)).toList();
  }
}
