package io.bookline.understanding;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How German is typed on a phone: chat shorthand, the keywords typos are bent back to, and real
 * words near them that must stay themselves: every word of a German dictionary (Debian's wngerman)
 * within a typo of a keyword or date word, listed by {@code tools/protected_words_lang.py} in
 * {@code understanding/protected-de.txt} ("nicht" is not "nacht").
 */
final class GermanSpelling {
  private GermanSpelling() {}

  private static final String KEYWORDS =
      "abbrechen absagen adresse anfahrt angebot behandlungen bestätigen buchen buchung "
          + "buchungen danke einverstanden geöffnet geschlossen gerne hallo heute kosten "
          + "leistungen mitarbeiter morgen öffnungszeiten perfekt preise preisliste reservieren "
          + "reservierung richtig stornieren termin termine umbuchen verfügbar verschieben "
          + "vielleicht vormittag nachmittag übermorgen";

  static Spelling spelling() {
    return new Spelling(
        Map.ofEntries(
            Map.entry("hab", "habe"),
            Map.entry("nen", "einen"),
            Map.entry("gern", "gerne"),
            Map.entry("bzw", "beziehungsweise"),
            Map.entry("vllt", "vielleicht"),
            Map.entry("vlt", "vielleicht"),
            Map.entry("nachm", "nachmittag"),
            Map.entry("vorm", "vormittag"),
            Map.entry("tel", "telefon")),
        Vocabulary.set(KEYWORDS),
        protectedWords());
  }

  /** The dictionary's words, and names a dictionary lacks. */
  private static Set<String> protectedWords() {
    Set<String> all = new HashSet<>(WordList.load("/understanding/protected-de.txt"));
    all.addAll(Vocabulary.set("morgan nachti"));
    return all;
  }
}
