package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a complaint or a wish for a person ends and a request begins (ADR 0092, addendum), over the
 * web chat on Postgres: "Does Anna speak English?" is no wish to speak to Anna; a broken nail
 * beside "can I book a gel manicure tomorrow at 10?" books; a bad experience on a day gone by
 * ("marta was rude to me yesterday") is a complaint handed to a person. Friday 27 Nov 2026, 10:00
 * in Berlin.
 */
class ComplaintOrRequestChatTest {
  @RegisterExtension
  static final TestApp app = TestApp.onFreshDatabaseAt(TestApp.FRIDAY_10AM_BERLIN);

  static final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "l-en1 | Does Anna speak English?",
        "l-de1 | Spricht Anna Englisch?",
        "l-es1 | ¿Marta habla inglés?",
        "l-en2 | does Marta speak german?",
      })
  void asking_which_language_a_staff_member_speaks_hands_nothing_over(String user, String said) {
    assertThat(app.say(user, said)).doesNotContain("take over").doesNotContain("übernehmen");
    chat.assertNotHandedOver(user);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "m-de1 | hallo | Spricht Anna Englisch? | Anna",
        "m-es1 | hola | ¿Marta habla inglés? | Marta",
        "m-es2 | hola | ¿habla Marta inglés? | Marta",
      })
  void a_question_about_a_staff_members_language_keeps_the_conversations_language(
      String user, String hello, String said, String named) {
    assertThat(app.say(user, hello)).doesNotContain("English");
    assertThat(app.say(user, said)).contains(named).doesNotContain("I'll write in English");
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "q-de1 | hallo | Sprechen Sie Englisch? | I'll write in English",
        "q-es1 | hola | ¿Habla usted inglés? | I'll write in English",
        "q-de2 | hallo | spricht hier jemand Englisch? | I'll write in English",
      })
  void asking_the_bot_for_a_language_still_switches(
      String user, String hello, String said, String switched) {
    app.say(user, hello);
    assertThat(app.say(user, said)).contains(switched);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "s-en1 | can I speak with Anna? | OK, I've asked a member of the team to take over.",
        "s-de1 | kann ich bitte Marta sprechen? | In Ordnung, ich habe jemanden aus dem Team",
        "s-es1 | quiero hablar con Marta | De acuerdo, le he pedido a alguien del equipo",
      })
  void a_wish_to_speak_to_a_staff_member_is_still_a_handoff(
      String user, String said, String asked) {
    assertThat(app.say(user, said)).startsWith(asked);
    chat.assertHandedOver(user);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "k-en1 | my nail broke, can I book a gel manicure tomorrow at 10?"
            + " | Gel Manicure on Sat 28 Nov at 10:00 is free.",
        "k-de1 | mir ist ein Nagel abgebrochen, kann ich morgen um 10 eine Gel-Maniküre buchen?"
            + " | Gel-Maniküre am Samstag, 28. November um 10:00 ist frei.",
        "k-es1 | se me ha roto una uña, ¿puedo reservar una manicura de gel mañana a las 10?"
            + " | Manicura de gel el sábado 28 de noviembre a las 10:00 está libre.",
        "k-en2 | I'd like a pedicure tomorrow at 10, my feet hurt since yesterday"
            + " | Pedicure on Sat 28 Nov at 10:00 is free.",
      })
  void a_complaint_word_beside_a_booking_request_books(String user, String said, String offer) {
    assertThat(app.say(user, said)).startsWith(offer);
    chat.assertNotHandedOver(user);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "c-en1 | im really upset, marta was super rude to me yesterday"
            + " | I'm sorry to hear that. I've passed it on to a member of the team",
        "c-de1 | die pediküre gestern war echt nicht gut, meine füße tun weh"
            + " | Das tut mir leid. Ich habe es an jemanden aus dem Team weitergegeben",
        "c-es1 | estoy muy molesta, la pedicura de ayer me dejó los pies fatal"
            + " | Lo siento mucho. Se lo he pasado a alguien del equipo",
        "c-de2 | ich möchte mich beschweren, mein Nagel ist abgebrochen, ich will eine Gel-Maniküre"
            + " buchen | Das tut mir leid.",
      })
  void a_bad_experience_on_a_day_gone_by_is_a_complaint(String user, String said, String apology) {
    assertThat(app.say(user, said)).startsWith(apology);
    chat.assertHandedOver(user);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "g-en1 | the pedicure yesterday was great, can I book another one on monday at 10?"
            + " | I'm sorry",
        "g-de1 | gestern war es schrecklich voll, kann ich am Montag um 10 eine Pediküre buchen?"
            + " | Das tut mir leid",
        "g-es1 | ayer me dolía la espalda, ¿puedo reservar una pedicura el lunes a las 10?"
            + " | Lo siento",
      })
  void a_past_day_beside_a_booking_request_is_no_complaint(
      String user, String said, String apology) {
    // Which day is meant is the booking's business; it is never handed over as a complaint.
    assertThat(app.say(user, said)).doesNotStartWith(apology);
    chat.assertNotHandedOver(user);
  }
}
