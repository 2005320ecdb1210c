package io.bookline.understanding;

import java.util.regex.Pattern;

/**
 * The words that say a message is no booking request, in English, German and Spanish, on lower-case
 * text without accents ({@link Folding}): a complaint, a wish to speak to someone, "I don't want to
 * book", and a farewell (ADR 0092). Read by {@link NotABooking}.
 */
final class NotABookingWords {
  private NotABookingWords() {}

  /**
   * "my gel already chipped, not happy", "ich will mich beschweren", "quiero poner una queja"; and
   * everyday displeasure without the word: "the polish is peeling", "hat sich gelöst", "estoy muy
   * molesta, se me levantó a los dos días" (handed to the team alike).
   */
  static final Pattern COMPLAINT =
      Pattern.compile(
          "\\b(?:"
              + "complain\\w*|not (?:happy|satisfied|pleased)|unhappy|disappointed|chipped|chipping"
              // "sehr enttäuschend", "very disappointing", "muy decepcionante"
              + "|disappointing|enttauschend|enttauscht|decepcionante"
              // "der Nagellack ist schon ab", "the polish is already off"
              + "|(?:lack|nagellack|gel|farbe) (?:ist|war) (?:\\w+ ){0,2}(?:ab|runter|weg)"
              + "|(?:polish|gel|colou?r) (?:is|was) (?:\\w+ ){0,2}(?:off|gone)"
              + "|broke|broken|peeled|peeling|came off|fell off|refund\\w*"
              + "|(?:fix|fixed|redo|redone|repair|repaired)(?: it| them)? for free"
              + "|beschwer\\w*|reklam\\w*|unzufrieden|nicht zufrieden|abgeplatzt|abgebrochen"
              + "|abgeblattert|kaputt|geld zuruck"
              // "der Lack hat sich nach zwei Tagen gelöst", "löst sich schon ab"
              + "|(?:hat|haben) sich (?:\\w+ ){0,4}(?:ab)?gelost|lost sich (?:\\w+ ){0,2}ab"
              + "|queja\\w*|quejar\\w*|reclamacion\\w*|reclamar|reclamo|descontent[ao]"
              + "|insatisfech[ao]|no estoy (?:nada )?(?:contenta|contento|satisfecha|satisfecho)"
              + "|se (?:me |le )?(?:ha|han) (?:roto|saltado|levantado|caido|despegado)"
              + "|desconchad[ao]s?|reembolso"
              // "estoy muy molesta, el esmalte se me levantó a los dos días", "no me gustó, fatal"
              + "|(?:estoy|muy|bastante|super|algo) molest[ao]"
              + "|se (?:me |le )?(?:levanto|cayo|despego|rompio|salto|han? despegado)"
              + "|no me (?:gusto|gustaron|ha gustado|han gustado)|(?:quedo|quedaron|salio) fatal"
              + "|fatal(?: el| la| los| las)? (?:esmalte|unas|resultado|trabajo|servicio)"
              + ")\\b");

  /** "speak to", "talk with", "hablar con": said of a staff member, a wish for that person. */
  static final Pattern SPEAK_TO =
      Pattern.compile(
          "\\b(?:(?:speak|talk|chat)(?:ing)? (?:to|with)"
              + "|mit \\S+(?: \\S+)? (?:sprechen|reden)|(?:sprechen|reden) mit"
              + "|hablar con|hable con|habla con|pasar(?:me)? con|ponerme con)\\b");

  /** "sprechen" alone ("kann ich Anna sprechen?"): a wish for a person only with a staff name. */
  static final Pattern SPEAK = Pattern.compile("\\b(?:sprechen|reden|speak|talk|hablar)\\b");

  /** "I don't want to book", "ich will nicht buchen", "no quiero reservar". */
  static final Pattern DECLINE =
      Pattern.compile(
          "\\b(?:"
              + "(?:don'?t|do not|dont|not|never) (?:want|wanna|need|going|looking|trying)"
              + "(?: to)? (?:book|make a booking|an appointment|a booking)"
              + "|(?:will|mochte|mag|wollte|muss|brauche) (?:\\w+ )?(?:nicht|nichts) (?:\\w+ )?"
              + "(?:buchen|reservieren)|(?:will|mochte|brauche|wollte) (?:\\w+ ){0,2}keinen termin|nicht buchen"
              + "|no (?:quiero|necesito|deseo|voy a|queria) (?:\\w+ )?(?:reservar|una cita|cita"
              + "|reserva|pedir cita|hacer una reserva)"
              + ")\\b");

  /**
   * A decline without a verb, said while a booking is under way: "lieber keinen Termin", "doch
   * keinen Termin, danke", "mejor ninguna cita, gracias", "actually no appointment then". Before
   * anything is asked "ich habe noch keinen Termin" tells, so {@link NotABooking} reads these only
   * mid-booking, and never beside a question ("gibt es keinen Termin früher?").
   */
  static final Pattern DECLINE_MID_BOOKING =
      Pattern.compile(
          "\\b(?:keinen termin|keine buchung|keine reservierung|doch nicht buchen"
              + "|ningun[ao]? (?:cita|reserva)|sin cita|no (?:appointment|booking))\\b");

  /** "ich habe keinen Termin", "I have no appointment": what one has, no answer. */
  static final Pattern HAS_NONE =
      Pattern.compile("\\b(?:habe|hab|hatte|have|had|got|tengo|tenia)\\b");

  /** Who a booking is for: "for my daughter", "für meine Tochter", "para mi hija" (folded). */
  static final Pattern FOR_SOMEONE_ELSE =
      Pattern.compile("\\b(?:for|fur|para) (?:my|our|mi|mis|meine?[nmr]?|unsere?[nmr]?)\\b");

  /** "bye", "tschüss", "adiós". */
  static final Pattern FAREWELL =
      Pattern.compile(
          "\\b(?:bye|goodbye|good bye|byebye|bye bye|cya|see you|see ya|ciao"
              + "|tschuss|tschus|tschau|auf wiedersehen|wiederschauen|bis dann|bis bald|servus"
              + "|adios|chao|hasta luego|hasta pronto|nos vemos)\\b");

  /** "thanks, bye": with nothing under way, a thank-you answered as one. */
  static final Pattern THANKS =
      Pattern.compile("\\b(?:thanks|thank you|thx|cheers|danke\\w*|vielen dank|gracias)\\b");

  /** A person or a pet who may come along ("my daughter", "mi hija"). */
  private static final String WHO =
      "(?:daughter|son|kids?|child|children|friend|husband|wife|partner|mum|mom|mother|dad"
          + "|father|baby|dog|boyfriend|girlfriend|sister|brother"
          + "|hij[ao]s?|nin[ao]s?|amig[ao]s?|marido|espos[ao]|pareja|novi[ao]|madre|padre|mama"
          + "|papa|bebe|perro|herman[ao]s?)";

  /**
   * "can I bring my daughter?", "kann ich meine Tochter mitbringen?", "¿puedo llevar a mi hija?":
   * whether someone may come along is the studio's to say (ADR 0101). Only a person or a pet
   * follows, so "bring my appointment forward" stays a move.
   */
  static final Pattern BRING =
      Pattern.compile(
          "\\b(?:"
              + "bring (?:along )?(?:my|our|a) (?:little )?"
              + WHO
              + "|bring (?:him|her|them) (?:along|with)"
              + "|mitbringen|mitnehmen|mitkommen|mit(?:zu)?bringen"
              + "|(?:llevar|traer) (?:a |conmigo a )?(?:mi|mis|nuestr[ao]s?) "
              + WHO
              + "|(?:llevarla|llevarlo|llevarlos|traerla|traerlo|traerlos) conmigo"
              + ")\\b");
}
