package io.bookline.understanding;

import java.util.List;
import java.util.Set;

/**
 * The words that name a booking the customer already has ({@link NamedBooking}), in the {@link
 * Phrases} notation. A day or time said right after them is the booking's, so a phrase may end with
 * the word that joins it ("am", "del").
 *
 * @param own the customer's own booking: "my appointment", "my saturday appointment", "meinen
 *     Termin am", "mi cita del", and the one they say they have: "I have a booking on", "ich habe
 *     einen Termin am", "tengo una cita el"
 * @param definite the booking: "the appointment", "the saturday appointment", "den Termin am", "la
 *     cita del"
 * @param bookVerbs the verbs of a new booking: a message with one asks for a new booking ("I'd like
 *     to book my appointment for Friday")
 * @param rightAfter "right after", "direkt danach", "justo después": the end of the booking just
 *     made
 * @param serviceMoves a weak verb and the article of the service named after it: "make the pedicure
 *     an hour later", "mach die Pediküre eine Stunde später", "pon la pedicura una hora más tarde"
 *     name the booked one
 */
record BookingNames(
    List<String> own,
    List<String> definite,
    Set<String> bookVerbs,
    List<String> rightAfter,
    List<String> serviceMoves) {

  public BookingNames {
    serviceMoves = List.copyOf(serviceMoves);
    rightAfter = List.copyOf(rightAfter);
    own = List.copyOf(own);
    definite = List.copyOf(definite);
    bookVerbs = Set.copyOf(bookVerbs);
  }

  private static final String WEEKDAYS =
      "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs"
          + "|fri|sat|sun|today|tomorrow";

  static BookingNames english() {
    return new BookingNames(
        List.of(
            // "switch my appointment from monday to wednesday": Monday is the booking's.
            "my|our _? appointment|appointments|appt|booking|reservation from?",
            // "I have a booking on saturday, can I push it to 1pm?"
            "i|we have|had|made|got a|an booking|appointment|appt|reservation on|for?",
            "ive|weve got? a|an booking|appointment|appt|reservation on|for?",
            // "cancel my wednesday one": "one" is the booking, no hour.
            "my|our " + WEEKDAYS + " one"),
        List.of(
            "the appointment|appt|booking|reservation from?",
            "the " + WEEKDAYS + " appointment|appt|booking|reservation|one"),
        Set.of("book", "reserve", "schedule"),
        List.of(
            "right|straight|just|directly|immediately after|afterwards|afterward", "back to back"),
        List.of("make|put|set|shift|push|bring|move the|my"));
  }

  static BookingNames german() {
    return new BookingNames(
        List.of(
            "mein|meinen|meine|unser|unseren|unsere termin|buchung|reservierung am|vom|von|um?",
            "ich|wir habe|hab|haben|hatte|hatten einen|eine|nen termin|buchung|reservierung am|fur|um?"),
        List.of("den|der|dem|die termin|buchung|reservierung am|vom|von|um?"),
        Set.of("buchen", "buche", "reservieren", "reserviere"),
        List.of("direkt|gleich|unmittelbar|sofort danach|anschliessend", "im anschluss"),
        List.of(
            "mach|mache|leg|lege|legen|setz|setze|setzen|schieb|schiebe|schieben|verleg"
                + "|verlege die|den|das|meine|meinen"));
  }

  static BookingNames spanish() {
    return new BookingNames(
        List.of(
            "mi|mis|nuestra|nuestras cita|citas|reserva|reservas del|de?",
            "tengo|tenia|tenemos|teniamos una cita|reserva el|del|para?"),
        List.of("la|las cita|citas|reserva|reservas del|de?"),
        Set.of("reservar", "reservo", "agendar"),
        List.of(
            "justo|inmediatamente|enseguida|seguido despues|detras",
            "a continuacion",
            "justo luego"),
        List.of(
            "pon|pone|ponme|ponga|pasa|pasas|pasame|cambia|cambias|cambiame|mueve|mueves|mueveme"
                + " la|el|mi"));
  }
}
