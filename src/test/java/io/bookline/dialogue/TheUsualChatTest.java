package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "the usual", "same as last time", "wie immer", "wie letztes Mal", "lo de siempre", "lo mismo que
 * la última vez" (ADR 0109): from a customer with an appointment before now, the same service with
 * the same staff member, said back, and the day asked for; from one with none, said so and what
 * they would like asked. The customer books on Monday 23 Nov 2026 for Tuesday 24 Nov at 11:00 with
 * Anna; the clock then goes on to Friday 27 Nov, 10:00. Over the web chat on Postgres.
 */
class TheUsualChatTest {
  final MutableClock clock = TestApp.mondayMorning();
  final TestApp app = TestApp.start(clock, Map.of("DATABASE_URL", TestPostgres.freshDatabase()));
  final ChatSteps chat = new ChatSteps(app);

  @AfterEach
  void close() {
    app.close();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | the usual please | Same as last time: Gel Manicure with Anna.",
        "EN | same as last time | Same as last time: Gel Manicure with Anna.",
        "DE | wie immer bitte | Wie beim letzten Mal: Gel-Maniküre bei Anna.",
        "DE | Hallo, wie letztes Mal | Wie beim letzten Mal: Gel-Maniküre bei Anna.",
        "ES | lo de siempre | Lo mismo que la última vez: Manicura de gel con Anna.",
        "ES | lo mismo que la última vez | Lo mismo que la última vez: Manicura de gel con Anna.",
      })
  void a_customer_with_a_past_appointment_gets_the_same_service_and_staff(
      String language, String usual, String same) {
    String request =
        switch (language) {
          case "EN" -> "gel manicure tuesday at 11 with anna";
          case "DE" -> "Gel-Maniküre am Dienstag um 11 bei Anna";
          default -> "manicura de gel el martes a las 11 con Anna";
        };
    chat.book("c", request, "Cora", ChatSteps.yes(language));
    clock.set(Instant.parse("2026-11-27T09:00:00Z"));
    String reply = app.say("c", usual);
    assertThat(reply).startsWith(same);
    assertThat(reply).endsWith("?").doesNotContain("Nov at").doesNotContain("11:00");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the usual please | I can't find an earlier appointment of yours. What would you like?",
        "wie immer | Ich finde keinen früheren Termin von Ihnen. Was möchten Sie?",
        "lo de siempre | No encuentro ninguna cita anterior tuya. ¿Qué te gustaría?",
      })
  void a_customer_with_no_past_appointment_is_told_and_asked(String usual, String told) {
    assertThat(app.say("n" + usual.length(), usual)).isEqualTo(told);
  }
}
