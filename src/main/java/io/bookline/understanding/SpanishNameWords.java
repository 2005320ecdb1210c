package io.bookline.understanding;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spanish: the phrases that introduce a customer's name ("me llamo", "soy") and the words that are
 * never a name, read by {@link PersonNames} at the name step.
 */
final class SpanishNameWords {

  private SpanishNameWords() {}

  static Pattern namePrefixes() {
    return Pattern.compile(
        "^(?:(?:hola|buenas)[ ,]+)?(?:me llamo|mi nombre es|soy|a nombre de|habla|a mi nombre"
            + "|nombre"
            + "|el nombre es|cambia el nombre a|ponla a nombre de|ponlo a nombre de|nombre:"
            // Someone else's: "se llama Paula", "su nombre es Paula".
            + "|se llama|su nombre es)\\s+");
  }

  static Set<String> notNames() {
    return Set.of(
        "si",
        "sí",
        // A quick yes at the name question ("sip", "sii"): asked again, no name.
        "sip",
        "sii",
        "sep",
        "no",
        "vale",
        "hola",
        "gracias",
        // "…para mi hija, ambas el 31…": both of them, no name (review of 6be5756).
        "ambas",
        "ambos",
        "genial",
        "dale",
        "ok",
        "claro",
        "bien",
        "bueno",
        "libre",
        "aquí",
        "yo",
        "nuevo",
        "nueva",
        "cliente",
        "perfecto",
        "mañana",
        "hoy",
        "de",
        "para",
        "un",
        "una",
        "el",
        "la",
        "interesado",
        "interesada",
        "disponible",
        "tu",
        "usted",
        // A question or second thought at the name step ("mejor otro día", "espera", "¿hay algo
        // antes?"): the words such a message opens with, never a first name.
        "mejor",
        "espera",
        "espere",
        "esperá",
        "momento",
        "otro",
        "otra",
        "más",
        "hay",
        "puede",
        "puedo",
        "podría",
        "quizás",
        "quizá",
        "igual",
        "antes",
        "después",
        "luego",
        "tarde",
        "temprano",
        "pronto",
        "qué",
        "cuándo",
        "cómo",
        "ni",
        "nada",
        "pues",
        "eh");
  }
}
