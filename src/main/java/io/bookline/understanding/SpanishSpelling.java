package io.bookline.understanding;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How Spanish is typed on a phone: chat shorthand ("xq", "porfa", "q"), the keywords typos are bent
 * back to, and real words near them that must stay themselves: every word of a Spanish dictionary
 * (Debian's wspanish) within a typo of a keyword or date word, listed by {@code
 * tools/protected_words_lang.py} in {@code understanding/protected-es.txt}.
 */
final class SpanishSpelling {
  private SpanishSpelling() {}

  private static final String KEYWORDS =
      "cancelar cancelación reservar reserva reservas cita citas precio precios horario dirección gracias "
          + "perfecto disponible servicios tratamientos confirmo cambiar posponer quisiera "
          + "necesito mañana pasado";

  static Spelling spelling() {
    return new Spelling(
        Map.ofEntries(
            Map.entry("q", "que"),
            Map.entry("xq", "porque"),
            Map.entry("pq", "porque"),
            Map.entry("tb", "tambien"),
            Map.entry("tmb", "tambien"),
            Map.entry("porfa", "por favor"),
            Map.entry("xfa", "por favor"),
            Map.entry("xfavor", "por favor"),
            Map.entry("pls", "por favor"),
            Map.entry("d", "de"),
            Map.entry("mnn", "manana"),
            Map.entry("bn", "bien"),
            // "manicura de jel": gel as it sounds.
            Map.entry("jel", "gel")),
        Vocabulary.set(KEYWORDS),
        protectedWords());
  }

  private static Set<String> protectedWords() {
    Set<String> all = new HashSet<>(WordList.load("/understanding/protected-es.txt"));
    all.addAll(Vocabulary.set("mariana manuela están estáis estamos estaba estoy tienes tenéis"));
    // "pásala al martes" is not "pasada": the move verbs with their pronoun (ADR 0090).
    all.addAll(Vocabulary.set("pásala pásalo pásamela pásamelo ponla ponlo pónmela pónmelo"));
    // Forms of abrir/cerrar the dictionary lacks: "¿abrís mañana?" is not "abril".
    all.addAll(Vocabulary.set("abrís abre abren abrimos cerráis cierra cierran"));
    return all;
  }
}
