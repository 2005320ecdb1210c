package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report (chatG, item 6): "is there a free slot?" at "Shall I book it?" booked at once,
 * read as a booking phrase and so as "book it". A question is never a yes: nothing is booked, the
 * question is answered where it can be and the confirmation asked again; a request put as a
 * question ("can you book it?") still books. Monday 23 Nov 2026, 08:00; over the web chat on
 * Postgres.
 */
class QuestionAtTheConfirmationChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | is there a free slot? | Shall I book it?",
        "EN | any free slot then? | Shall I book it?",
        "EN | what about the price? | Shall I book it?",
        "DE | gibt es einen freien Termin? | Soll ich das buchen?",
        "DE | und was kostet das? | Soll ich das buchen?",
        "ES | ¿hay un hueco libre? | ¿Te la reservo?",
        "ES | ¿y el precio? | ¿Te la reservo?",
      })
  void a_question_at_the_confirmation_books_nothing_and_asks_again(
      String language, String question, String asked) {
    String user = "u" + question.hashCode();
    app.say(user, request(language));
    app.say(user, "Tom");
    assertThat(app.say(user, question))
        .endsWith(asked)
        .doesNotContain("Booked!", "Gebucht!", "¡Reservado!");
    assertThat(chat.statuses()).doesNotContain("confirmed");
    assertThat(app.say(user, ChatSteps.yes(language)))
        .containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
    assertThat(chat.statuses()).containsOnlyOnce("confirmed");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | can you book it?",
        "DE | kannst du das buchen?",
        "ES | sí, ¿me la reservas?",
      })
  void a_request_put_as_a_question_books(String language, String request) {
    String user = "u" + request.hashCode();
    app.say(user, request(language));
    app.say(user, "Tom");
    assertThat(app.say(user, request)).containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
  }

  private static String request(String language) {
    return switch (language) {
      case "EN" -> "pedicure on 30 november at 11";
      case "DE" -> "Pediküre am 30. November um 11 Uhr";
      default -> "quiero una pedicura el 30 de noviembre a las 11";
    };
  }
}
