package io.bookline.understanding;

import java.util.regex.Pattern;

/**
 * The words that keep a message a request although {@link NotABookingWords} finds something in it
 * (ADR 0092, addendum): a booking asked for beside a broken nail, a wish beside "speak", a language
 * after "speak", and the words that greet as well as say goodbye. On folded text ({@link Folding}).
 */
final class NotABookingLimits {
  private NotABookingLimits() {}

  /**
   * The complaint words that are a complaint whatever else is asked ("I want to complain", "ich
   * möchte mich beschweren", "quiero una reclamación"); "broke" or "abgebrochen" alone may be why a
   * booking is wanted.
   */
  static final Pattern OUTRIGHT_COMPLAINT =
      Pattern.compile(
          "\\b(?:complain\\w*|refund\\w*|not (?:happy|satisfied|pleased)|unhappy|disappointed"
              + "|for free|beschwer\\w*|reklam\\w*|unzufrieden|nicht zufrieden|geld zuruck"
              + "|queja\\w*|quejar\\w*|reclamacion\\w*|reclamar|reclamo|descontent[ao]"
              + "|insatisfech[ao]|no estoy (?:nada )?(?:contenta|contento|satisfecha|satisfecho)"
              + "|reembolso)\\b");

  /** "can I book", "I'd like to book", "kann ich … buchen", "¿puedo reservar …?". */
  static final Pattern BOOKING_WISH =
      Pattern.compile(
          "\\b(?:(?:can|could|may) (?:i|we|you) (?:book|get|have|make)"
              + "|(?:want|wanna|like|need)(?: to)? (?:book|get|make)|book (?:me|us|a|an|in)"
              + "|buchen|reservieren|(?:hatte|hatten|mochte|mochten) (?:\\w+ )?gerne?"
              + "|(?:puedo|podria|podemos|quiero|quisiera|necesito|me gustaria) (?:\\w+ )?"
              + "(?:reservar|pedir|una cita|cita)|reservar|reservame|(?:quiero|quisiera) una? )\\b");

  /**
   * Politeness that reads like displeasure: "no quiero ser muy molesta, pero …", "perdona la
   * molestia", "I don't want to be a pain, but …". Left out before complaints are looked for.
   */
  static final Pattern POLITE =
      Pattern.compile(
          "\\b(?:no (?:quiero|quisiera) (?:ser|parecer) (?:muy |una |un |tan )?(?:molest[ao]|pesad[ao])"
              + "|(?:perdon[ae]?|disculpa|disculpe) (?:la|las) molestias?"
              + "|(?:don'?t|do not) (?:want|mean) to be (?:a pain|annoying|rude)"
              + "|(?:will|mochte|mag) (?:nicht|keine?) (?:nerven|lastig sein|storen))\\b");

  /**
   * A wish said with "speak": "I want to", "can I", "ich möchte", "kann ich", "quiero", "¿puedo?".
   */
  static final Pattern SPEAK_WISH =
      Pattern.compile(
          "\\b(?:want|wanna|would like|i'?d like|need|can i|could i|may i|let me"
              + "|mochte|will|wurde|wollte|kann ich|konnte ich|darf ich"
              + "|quiero|quisiera|puedo|podria|me gustaria|necesito)\\b");

  /** "Does Anna speak English?", "spricht Anna Englisch?", "¿Marta habla inglés?": a question. */
  static final Pattern SPEAKS_A_LANGUAGE =
      Pattern.compile(
          "\\b(?:speaks?|sprechen|spricht|sprichst|hablar|habla|hablas)(?: \\w+)? (?:english"
              + "|englisch|ingles|german|deutsch|aleman|spanish|spanisch|espanol|castellano"
              + "|french|franzosisch|frances|italian|italienisch|italiano|portuguese"
              + "|portugiesisch|portugues|russian|russisch|ruso|turkish|turkisch|turco)\\b");

  /** "Servus", "Ciao": hello as much as goodbye. */
  static final Pattern HELLO_OR_BYE = Pattern.compile("^(?:servus|ciao)\\b");

  /** The wave 👋, with a skin tone or not. */
  private static final String WAVE = "\\x{1F44B}[\\x{1F3FB}-\\x{1F3FF}]?";

  /** A message that is only waves ("👋", "👋👋", "👋!"): a hello first, a goodbye later. */
  static final Pattern WAVE_ONLY = Pattern.compile("(?:" + WAVE + "[\\s,.!]*)+");

  /** A message that only greets: "hi", "Hallo!", "hola, buenas", "Servus", "Ciao", "👋". */
  static final Pattern GREETING_ONLY =
      Pattern.compile(
          "(?:(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|hallo|servus|moin|grussgott"
              + "|gruss gott|gruezi|guten (?:morgen|tag|abend)|hola|buenas|buenos dias"
              + "|buenas (?:tardes|noches)|ciao|there|zusammen|que tal|"
              + WAVE
              + ")[\\s,.!?]*)+");
}
