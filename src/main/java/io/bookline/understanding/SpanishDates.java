package io.bookline.understanding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spanish date and time words, written in the shared {@link Sym} notation: "mañana" is {@code
 * tomorrow} but "por la mañana" {@code morning}, "a" {@code at}, "las" {@code the}, "y media"
 * {@code and half}, "menos" {@code minus}, "que viene" {@code next}. "el" stays {@code el}: "el 20"
 * is a day where "las 20" is an hour. The rule table is {@link SpanishRules}.
 */
final class SpanishDates {
  private SpanishDates() {}

  private static final String[] UNITS = {
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve"
  };
  private static final String[] TENS = {"treinta", "cuarenta", "cincuenta"};

  static DateWords words() {
    return new DateWords(
        vocabulary(),
        Vocabulary.keys(phrases()),
        Vocabulary.keys(numbers()),
        Map.of(),
        Vocabulary.keys(
            Map.of(
                "primero", 1, "primer", 1, "segundo", 2, "tercero", 3, "tercer", 3, "quinto", 5)),
        Map.ofEntries(
            Map.entry("o", "#"),
            Map.entry("a", "#"),
            Map.entry("h", "h"),
            Map.entry("hs", "h"),
            Map.entry("hrs", "h"),
            Map.entry("am", "am"),
            Map.entry("pm", "pm"),
            Map.entry("min", "minute")),
        Set.of(),
        Vocabulary.set("el the on next this coming till from every before after at or and of"),
        Vocabulary.set(
            "personas persona gente niños niño adultos adulto euros euro eur € % años kg cm veces"
                + " citas plazas sillas estrellas servicios"),
        Vocabulary.set(
            "habitación número nº teléfono tel mesa código cuesta cuestan precio pagar pagué solo"
                + " total # $ € +"),
        SharedQualifiers.before(),
        SharedQualifiers.after(),
        Vocabulary.set("at on the el in of @ this"),
        new WishWords(
            Vocabulary.set("no nunca"),
            Vocabulary.set("trabajo trabajando curro ocupado ocupada clase clases"),
            Vocabulary.set("para al"),
            Vocabulary.set("mejor prefiero preferiria perdon perdona digo")),
        SpanishRules.rules());
  }

  private static Map<String, String> vocabulary() {
    return new Vocabulary()
        .put("D1", "lunes", "lun")
        .put("D2", "martes")
        .put("D3", "miércoles", "mié", "mier")
        .put("D4", "jueves", "jue")
        .put("D5", "viernes", "vie")
        .put("D6", "sábado", "sábados", "sáb")
        .put("D7", "domingo", "domingos", "dom")
        .put("M1", "enero", "ene")
        .put("M2", "febrero", "feb")
        .put("M3", "marzo", "mar")
        .put("M4", "abril", "abr")
        .put("M5", "mayo", "may")
        .put("M6", "junio", "jun")
        .put("M7", "julio", "jul")
        .put("M8", "agosto", "ago")
        .put("M9", "septiembre", "setiembre", "sep", "sept", "set")
        .put("M10", "octubre", "oct")
        .put("M11", "noviembre", "nov")
        .put("M12", "diciembre", "dic")
        .put("today", "hoy")
        .put("tomorrow", "mañana", "mñn", "mana")
        .put("yesterday", "ayer")
        .put("morning", "temprano", "madrugada", "mañanita")
        .put("afternoon", "tarde", "tardes", "tardecita")
        .put("night", "noche", "noches", "nochecita")
        .put("noon", "mediodía", "mediodia")
        .put("midnight", "medianoche")
        .put("day", "día", "días")
        .put("week", "semana", "semanas")
        .put("month", "mes", "meses")
        .put("hour", "hora", "horas")
        .put("minute", "minuto", "minutos", "min")
        .put("weekend", "finde")
        .put("oclock", "punto")
        .put("at", "a", "al", "@")
        .put("the", "la", "las", "los", "lo")
        .put("el", "el")
        .put("of", "de", "del")
        .put("in", "en")
        .put("a", "un")
        .put("and", "y")
        .put("or", "o", "ó")
        .put("minus", "menos")
        .put("half", "media")
        .put("quarter", "cuarto")
        .put("next", "próximo", "próxima", "próximos", "siguiente")
        .put("this", "este", "esta", "estos", "estas")
        .put("last", "pasado", "pasada", "último", "última")
        .put("from", "desde")
        .put("till", "hasta")
        .put("between", "entre")
        .put("around", "sobre", "hacia", "aproximadamente", "aprox")
        .put("end", "final", "fin")
        .put("start", "principio", "principios", "inicio")
        .put("mid", "mediados")
        .put("#24 M12", "nochebuena")
        .put("#31 M12", "nochevieja")
        .put(DateWords.NAMED_DAY, "navidad", "navidades", "pascua", "pascuas")
        .map();
  }

  private static Map<String, String> phrases() {
    Map<String, String> p = new HashMap<>();
    p.put("pasado mañana", "overmorrow");
    // "llego tarde", "10 minutos tarde": late, not the afternoon.
    for (String late : List.of("llego", "llegaré", "llegamos", "voy", "llegar", "minutos", "min")) {
      p.put(late + " tarde", "runninglate");
    }
    p.put("la mañana", "morning");
    p.put("las mañanas", "morning");
    p.put("de la mañana", "morning");
    p.put("de la tarde", "afternoon");
    p.put("de la noche", "night");
    p.put("la tarde", "afternoon");
    p.put("la noche", "night");
    p.put("esta mañana", "today morning");
    p.put("esta tarde", "today afternoon");
    p.put("esta noche", "tonight");
    p.put("primera hora", "morning");
    p.put("fin de semana", "weekend");
    p.put("fines de semana", "weekend");
    p.put("que viene", "next");
    p.put("dentro de", "in");
    p.put("media hora", "30 minute");
    p.put("hora y media", "90 minute");
    p.put("cuarto de hora", "15 minute");
    p.put("un cuarto de hora", "15 minute");
    p.put("en punto", "oclock");
    p.put("a partir de", "from");
    p.put("después de", "after");
    // Al salir del trabajo es la tarde-noche, como el "Feierabend" alemán.
    for (String after :
        List.of(
            "después del trabajo",
            "despues del trabajo",
            "al salir del trabajo",
            "después de trabajar",
            "despues de trabajar",
            "al salir de trabajar")) {
      p.put(after, "evening");
    }
    p.put("antes de", "before");
    p.put("alrededor de", "around");
    p.put("a eso de", "around");
    p.put("como a", "around");
    p.put("más o menos", "ish");
    // "¿más tarde?", "más temprano": later or earlier than the time under discussion, no part of
    // the day (RuleUnderstanding reads them as such).
    p.put("más tarde", "later");
    p.put("más temprano", "earlier");
    p.put("o más tarde", "or later");
    p.put("o después", "or later");
    p.put("o antes", "or earlier");
    p.put("como muy tarde", "latest");
    p.put("a más tardar", "latest");
    p.put("no antes de", "not before");
    p.put("no después de", "not after");
    p.put("día de navidad", "#25 M12");
    p.put("año nuevo", DateWords.NAMED_DAY);
    p.put("día de año nuevo", "#1 M1");
    p.put("día de reyes", "#6 M1");
    p.put("san valentín", "#14 M2");
    p.put("semana santa", DateWords.NAMED_DAY);
    p.put("jueves santo", DateWords.NAMED_DAY);
    p.put("viernes santo", DateWords.NAMED_DAY);
    p.put("domingo de ramos", DateWords.NAMED_DAY);
    p.put("lunes de pascua", DateWords.NAMED_DAY);
    p.put("feliz navidad", "hello");
    p.put("feliz año nuevo", "hello");
    p.put("felices fiestas", "hello");
    p.put("felices pascuas", "hello");
    for (int t = 0; t < TENS.length; t++) {
      for (int u = 1; u <= 9; u++) {
        p.put(TENS[t] + " y " + UNITS[u], "~" + (30 + 10 * t + u));
      }
    }
    return p;
  }

  private static Map<String, Integer> numbers() {
    Map<String, Integer> n = new HashMap<>();
    for (int i = 0; i < UNITS.length; i++) {
      n.put(UNITS[i], i);
    }
    n.put("una", 1);
    n.put("veintiún", 21);
    n.put("veintiuna", 21);
    for (int t = 0; t < TENS.length; t++) {
      n.put(TENS[t], 30 + 10 * t);
    }
    return n;
  }
}
