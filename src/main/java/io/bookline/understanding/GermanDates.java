package io.bookline.understanding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * German date and time words, written in the shared {@link Sym} notation: "morgen" is {@code
 * tomorrow}, "um" {@code at}, "Uhr" {@code oclock}, "halb" {@code half}, "nach" {@code past}, "vor"
 * {@code before}. The rule table is {@link GermanRules}. A dot after a number makes it an ordinal
 * ("am 20."), and "20.3." is a date.
 */
final class GermanDates {
  private GermanDates() {}

  private static final String[] UNITS = {
    "null",
    "eins",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "elf",
    "zwölf",
    "dreizehn",
    "vierzehn",
    "fünfzehn",
    "sechzehn",
    "siebzehn",
    "achtzehn",
    "neunzehn"
  };
  private static final String[] TENS = {"zwanzig", "dreißig", "vierzig", "fünfzig"};
  private static final String[] ORDINALS = {
    "erst",
    "zweit",
    "dritt",
    "viert",
    "fünft",
    "sechst",
    "siebt",
    "acht",
    "neunt",
    "zehnt",
    "elft",
    "zwölft",
    "dreizehnt",
    "vierzehnt",
    "fünfzehnt",
    "sechzehnt",
    "siebzehnt",
    "achtzehnt",
    "neunzehnt"
  };

  static DateWords words() {
    return new DateWords(
        vocabulary(),
        Vocabulary.keys(phrases()),
        Vocabulary.keys(numbers()),
        Map.of(),
        Vocabulary.keys(ordinals()),
        Map.ofEntries(
            Map.entry(".", "#"),
            Map.entry("uhr", "oclock"),
            Map.entry("h", "h"),
            Map.entry("std", "hour"),
            Map.entry("min", "minute")),
        Set.of(),
        Vocabulary.set("on the next this coming till from every before past at or and afternext"),
        Vocabulary.set(
            "personen person leute kinder kind erwachsene gäste euro eur € prozent % jahre jahren"
                + " jahr kg cm stück mal termine behandlungen plätze sterne zimmer"),
        Vocabulary.set(
            "zimmer raum nummer nr tisch tel telefon plz haus code kostet kosten preis bezahlt nur"
                + " insgesamt gesamt ticket rechnung kundennummer # $ € + hausnummer"),
        SharedQualifiers.before(),
        SharedQualifiers.after(),
        Vocabulary.set("at on the in of @ this"),
        new WishWords(
            Vocabulary.set("nicht kein keine keinen nie"),
            Vocabulary.set("arbeite arbeiten arbeit schule uni beschäftigt"),
            Vocabulary.set("auf"),
            Vocabulary.set("lieber doch eher sorry meine eigentlich")),
        GermanRules.rules());
  }

  private static Map<String, String> vocabulary() {
    return new Vocabulary()
        .put("D1", "montag", "montags", "montagen")
        .put("d1", "mo")
        .put("D2", "dienstag", "dienstags")
        .put("d2", "di")
        .put("D3", "mittwoch", "mittwochs", "mittwoche")
        .put("d3", "mi")
        .put("D4", "donnerstag", "donnerstags")
        .put("d4", "do")
        .put("D5", "freitag", "freitags")
        .put("d5", "fr")
        .put("D6", "samstag", "samstags", "sonnabend", "sonnabends")
        .put("d6", "sa")
        .put("D7", "sonntag", "sonntags")
        .put("M1", "januar", "jänner", "jan")
        .put("M2", "februar", "feber", "feb")
        .put("M3", "märz", "mrz", "mär")
        .put("M4", "april", "apr")
        .put("M5", "mai")
        .put("M6", "juni", "jun")
        .put("M7", "juli", "jul")
        .put("M8", "august", "aug")
        .put("M9", "september", "sep", "sept")
        .put("M10", "oktober", "okt")
        .put("M11", "november", "nov")
        .put("M12", "dezember", "dez")
        .put("today", "heute", "heut")
        .put("tomorrow", "morgen", "morgn", "mrgn")
        .put("overmorrow", "übermorgen")
        .put("yesterday", "gestern")
        .put("morning", "vormittag", "vormittags", "morgens", "früh", "frueh", "vormittagstermin")
        .put("afternoon", "nachmittag", "nachmittags", "nachmittagstermin")
        .put("evening", "abend", "abends", "feierabend")
        .put("night", "nacht", "nachts")
        .put("noon", "mittag", "mittags", "mittagszeit", "mittagspause")
        .put("midnight", "mitternacht")
        .put("day", "tag", "tage", "tagen", "tagen")
        .put("week", "woche", "wochen")
        .put("month", "monat", "monate", "monaten", "monats")
        .put("hour", "stunde", "stunden", "std")
        .put("minute", "minute", "minuten", "min")
        .put("weekend", "wochenende", "we")
        .put("oclock", "uhr")
        .put("at", "um", "@")
        .put("on", "am", "an")
        .put("the", "den", "der", "dem")
        .put("in", "in", "im")
        .put("a", "ein", "eine", "einer", "einem", "einen")
        .put("next", "nächste", "nächsten", "nächster", "nächstes", "naechste")
        .put("afternext", "übernächste", "übernächsten", "übernächster", "übernächstes")
        .put("this", "diese", "diesen", "dieser", "dieses")
        .put("coming", "kommende", "kommenden", "kommender", "kommendes")
        .put("last", "letzte", "letzten", "letzter", "letztes", "vergangenen")
        .put("following", "folgende", "folgenden")
        .put("from", "ab", "von", "vom", "seit")
        .put("till", "bis")
        .put("between", "zwischen")
        .put("and", "und")
        .put("or", "oder")
        .put("around", "gegen", "ungefähr", "etwa", "circa", "ca", "zirka", "rund")
        .put("past", "nach")
        .put("before", "vor")
        .put("latest", "spätestens")
        .put("earliest", "frühestens")
        .put("half", "halb")
        .put("quarter", "viertel")
        .put("threequarter", "dreiviertel")
        .put("ish", "rum", "herum")
        .put("later", "später")
        .put("earlier", "früher")
        .put("end", "ende")
        .put("start", "anfang")
        .put("mid", "mitte")
        .put("#24 M12", "heiligabend")
        .put("#31 M12", "silvester")
        .put("#1 M1", "neujahr", "neujahrstag")
        .put("#14 M2", "valentinstag")
        .put("#26 M12", "stephanstag")
        .put(DateWords.NAMED_DAY, "weihnachten", "ostern", "karfreitag", "ostersonntag")
        .put(DateWords.NAMED_DAY, "ostermontag", "pfingsten", "pfingstmontag", "himmelfahrt")
        .put(DateWords.NAMED_DAY, "fronleichnam", "rosenmontag", "weihnachtstag", "feiertag")
        .map();
  }

  private static Map<String, String> phrases() {
    Map<String, String> p = new HashMap<>();
    p.put("guten morgen", "hello");
    p.put("heute morgen", "today morning");
    p.put("heute früh", "today morning");
    p.put("am morgen", "morning");
    p.put("morgen früh", "tomorrow morning");
    p.put("morgen vormittag", "tomorrow morning");
    p.put("heute abend", "today evening");
    p.put("heute nacht", "today night");
    // Nach der Arbeit ist Feierabend: der Abend.
    for (String after : List.of("nach der arbeit", "nach meiner arbeit", "nach dem job")) {
      p.put(after, "evening");
    }
    p.put("drei viertel", "threequarter");
    p.put("halbe stunde", "30 minute");
    p.put("halben stunde", "30 minute");
    p.put("eine halbe stunde", "30 minute");
    p.put("einer halben stunde", "30 minute");
    p.put("anderthalb stunden", "90 minute");
    p.put("eineinhalb stunden", "90 minute");
    p.put("oder später", "or later");
    p.put("oder früher", "or earlier");
    p.put("oder so", "or so");
    p.put("nicht vor", "not before");
    p.put("nicht nach", "not after");
    p.put("nicht später als", "no later than");
    // "um ein Uhr" is "um eins" (ADR 0101): "ein" stays an article before any other noun.
    p.put("ein uhr", "1 oclock");
    // "um halb ein Uhr" is "um halb eins", 12:30: the "Uhr" closes the half hour, not the hour.
    p.put("halb ein uhr", "half 1");
    p.put("so gegen", "around");
    p.put("so um", "around");
    // "wie wäre es mit 11?", "was ist mit 11?" ask about that time, as "um 11" does.
    p.put("wie wäre es mit", "at");
    p.put("wie wärs mit", "at");
    p.put("was ist mit", "at");
    p.put("erst ab", "from");
    p.put("zu mittag", "noon");
    for (String ending : List.of("", "en", "er")) {
      p.put("heilig" + ending + " abend", "#24 M12");
    }
    for (String ending : List.of("en", "er")) {
      p.put("erst" + ending + " weihnachtstag", "#25 M12");
      p.put("zweit" + ending + " weihnachtstag", "#26 M12");
    }
    p.put("tag der arbeit", "#1 M5");
    p.put("tag der deutschen einheit", "#3 M10");
    p.put("frohe weihnachten", "hello");
    p.put("frohe ostern", "hello");
    return p;
  }

  private static Map<String, Integer> numbers() {
    Map<String, Integer> n = new HashMap<>();
    for (int i = 0; i < UNITS.length; i++) {
      n.put(UNITS[i], i);
    }
    n.put("zwo", 2);
    n.put("sechs", 6);
    for (int t = 0; t < TENS.length; t++) {
      int tens = 20 + 10 * t;
      n.put(TENS[t], tens);
      for (int u = 1; u <= 9; u++) {
        n.put((u == 1 ? "ein" : UNITS[u]) + "und" + TENS[t], tens + u);
      }
    }
    return n;
  }

  /** "erste", "ersten", "zwanzigste", "einundzwanzigsten": 1 to 31 with their endings. */
  private static Map<String, Integer> ordinals() {
    Map<String, Integer> o = new HashMap<>();
    for (String ending : List.of("e", "en", "er", "es", "em")) {
      for (int i = 0; i < ORDINALS.length; i++) {
        o.put(ORDINALS[i] + ending, i + 1);
      }
      o.put("siebent" + ending, 7);
      for (int d = 20; d <= 31; d++) {
        o.put(tensWord(d) + "st" + ending, d);
      }
    }
    return o;
  }

  private static String tensWord(int n) {
    String tens = TENS[n / 10 - 2];
    int u = n % 10;
    return u == 0 ? tens : (u == 1 ? "ein" : UNITS[u]) + "und" + tens;
  }
}
