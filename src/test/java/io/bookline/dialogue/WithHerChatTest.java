package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "with her", "bei ihr", "con ella" means the staff member the bot named last (ADR 0107): the one
 * its last reply named ("Yes, Marta is working…") or the booking just made ("Booked! … with
 * Marta"); two named are asked about ("Anna or Marta?") keeping the day; none named, the customer
 * is asked whom they would like. The pronoun is never a name ("We don't have anyone called Her").
 * Over the web chat on Postgres, Monday 23 Nov 2026, 08:00, the demo studio (Anna and Marta).
 */
class WithHerChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "is marta working wednesday | ok book me a pedicure with her at 1pm"
            + " | Pedicure on Wed 25 Nov at 13:00 with Marta is free.",
        "ist marta am mittwoch da? | ok dann eine pediküre bei ihr um 13 uhr"
            + " | Pediküre am Mittwoch, 25. November um 13:00 bei Marta ist frei.",
        "¿trabaja marta el miércoles? | vale, resérvame una pedicura con ella a las 13"
            + " | Pedicura el miércoles 25 de noviembre a las 13:00 con Marta está libre.",
      })
  void her_after_the_bot_named_one_staff_member_is_that_one(
      String question, String withHer, String offer) {
    app.say("c", question);
    assertThat(app.say("c", withHer))
        .startsWith(offer)
        .doesNotContain("Her")
        .doesNotContain("Ihr")
        .doesNotContain("Ella");
  }

  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "gel manicure on friday at 16:00 with marta | Kim | yes"
            + " | Booked! Gel Manicure on Fri 27 Nov at 16:00 with Marta."
            + " | can i also book a pedicure with her on saturday at 10?"
            + " | Pedicure on Sat 28 Nov at 10:00 with Marta for Kim",
        "Gel-Maniküre am Freitag um 16 Uhr bei Anna | Ute | ja"
            + " | Gebucht! Gel-Maniküre am Freitag, 27. November um 16:00 bei Anna."
            + " | kann ich bei ihr auch am dienstag um 12 ne pediküre bekommen?"
            + " | Pediküre am Dienstag, 24. November um 12:00 bei Anna für Ute",
        "Gel-Maniküre am Freitag um 16 Uhr bei Marta | Ute | ja"
            + " | Gebucht! Gel-Maniküre am Freitag, 27. November um 16:00 bei Marta."
            + " | und bei ihr nächste woche freitag um 9 nochmal?"
            + " | Gel-Maniküre am Freitag, 4. Dezember um 09:00 bei Marta für Ute, 35,00 €.",
        "manicura de gel el viernes a las 16 con Anna | Pilar | sí"
            + " | ¡Reservado! Manicura de gel el viernes 27 de noviembre a las 16:00 con Anna."
            + " | y con ella otra el viernes 4 a las 9?"
            + " | Entendido: viernes 4 de diciembre a las 09:00 con Anna.",
      })
  void her_after_a_booking_is_its_staff_member(
      String request, String name, String yes, String booked, String withHer, String next) {
    app.say("c", request);
    app.say("c", name);
    assertThat(app.say("c", yes)).startsWith(booked);
    assertThat(app.say("c", withHer))
        .startsWith(next)
        .doesNotContain("Ella")
        .doesNotContain("Ihr ");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "who is working on tuesday? | can i book a gel mani with her at 2pm"
            + " | Do you mean Anna or Marta? | Anna"
            + " | Gel Manicure on Tue 24 Nov at 14:00 with Anna is free.",
        "wer arbeitet am dienstag? | kann ich bei ihr eine gel-maniküre um 14 uhr buchen?"
            + " | Meinen Sie Anna oder Marta? | Anna"
            + " | Gel-Maniküre am Dienstag, 24. November um 14:00 bei Anna ist frei.",
        "¿quién trabaja el martes? | ¿puedo reservar una manicura de gel con ella a las 14?"
            + " | ¿Te refieres a Anna o a Marta? | Marta"
            + " | Manicura de gel el martes 24 de noviembre a las 14:00 con Marta está libre.",
      })
  void her_after_two_were_named_asks_which_and_keeps_the_day(
      String question, String withHer, String which, String picked, String offer) {
    app.say("c", question);
    assertThat(app.say("c", withHer)).isEqualTo(which);
    assertThat(app.say("c", picked)).startsWith(offer);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "can i book a pedicure with her tomorrow at 10 | Who would you like? Anna, Marta, or"
            + " anyone free.",
        "kann ich morgen um 10 eine Pediküre bei ihr buchen? | Bei wem möchten Sie den Termin?"
            + " Anna, Marta oder bei wem gerade frei ist.",
        "¿puedo reservar una pedicura con ella mañana a las 10? | ¿Con quién te gustaría? Anna,"
            + " Marta, o quien esté libre.",
      })
  void her_when_the_bot_named_nobody_asks_whom(String withHer, String asked) {
    assertThat(app.say("c", withHer)).isEqualTo(asked);
  }
}
