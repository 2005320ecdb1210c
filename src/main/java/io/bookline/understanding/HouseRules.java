package io.bookline.understanding;

import java.util.regex.Pattern;

/**
 * A question about how the studio takes bookings rather than a booking request: "do I need to book
 * or can I walk in?", "how far in advance do I have to book?", "muss man vorher einen Termin
 * machen?", "wie lange im Voraus muss ich buchen?", "¿puedo ir sin cita?", "¿con cuánta antelación
 * hay que reservar?". The catalog does not say, so {@link NotABooking} reads it as a {@link
 * Intent#QUESTION} for the team, whatever service or day is named with it. On folded text ({@link
 * Folding}); "I need to book a pedicure" states a wish and stays a booking.
 */
final class HouseRules {
  private HouseRules() {}

  static final Pattern ASKED =
      Pattern.compile(
          "\\b(?:"
              // English
              + "(?:do|does|must|should) (?:i|we|you|one|people) (?:need|have|got) to"
              + " (?:book|make an? (?:appointment|booking|reservation)|reserve)"
              + "|(?:is|are) (?:a |an )?(?:booking|appointment|reservation)s? (?:necessary|needed"
              + "|required|essential)|walk[- ]?ins?|walk in|drop[- ]in"
              + "|how (?:far|long|many days) (?:in advance|ahead)"
              // German
              + "|(?:muss|sollte) (?:man|ich) (?:vorher |vorab |im voraus )?(?:einen |nen )?(?:termin"
              + " (?:machen|haben|buchen|ausmachen|vereinbaren)|buchen|reservieren|anmelden)"
              + "|brauch(?:e|t) (?:man|ich) (?:vorher |unbedingt )?(?:einen |nen )?termin"
              + "|(?:kommen|vorbeikommen|vorbeischauen|vorbei|geht (?:das|es)|moglich) ohne (?:termin"
              + "|anmeldung|voranmeldung)|ohne (?:termin|anmeldung) (?:kommen|vorbei\\w*|moglich)"
              + "|spontan vorbei\\w*"
              + "|(?:wie lange|wie weit|wie viele tage|wie fruh) (?:\\w+ )?(?:im )?voraus"
              // Spanish
              + "|(?:ir|venir|pasar|pasarme|atienden|atendeis|aceptan) (?:\\w+ )?sin cita"
              + "|(?:hay que|hace falta|es necesario|se necesita) (?:reservar"
              + "|pedir cita|cita)|con (?:cuanta|que) antelacion"
              + ")\\b");
}
