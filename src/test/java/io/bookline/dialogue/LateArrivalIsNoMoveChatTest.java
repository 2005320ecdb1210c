package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "I'll come 10 min later, is that a problem?" is a late notice, not a request to move, in English,
 * German and Spanish, over the web chat on Postgres (ADR 0090): the running-late answer, and the
 * booking stays where it was. Friday 27 Nov 2026, 19:00 in Berlin; the demo studio.
 */
class LateArrivalIsNoMoveChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-27T18:00:00Z"));

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | basic manicure on saturday at 10 | i'll come 10 min later, is that a problem?"
            + " | Thanks for letting us know. Your appointment: | yes",
        "EN | basic manicure on saturday at 10 | I'm coming 15 minutes late sorry"
            + " | Thanks for letting us know. Your appointment: | yes",
        "DE | Ich hätte gern eine klassische Maniküre am Samstag um 10 Uhr"
            + " | ich komme ca 10 min später, ist das schlimm?"
            + " | Danke für die Nachricht. Ihr Termin: | ja",
        "ES | quiero una manicura básica el sábado a las 10"
            + " | llego unos 10 minutos más tarde, ¿pasa algo?"
            + " | Gracias por avisar. Tu cita: | sí",
      })
  void coming_later_gets_the_running_late_answer_and_keeps_the_booking(
      String language, String booking, String late, String answer, String yes) {
    String user = "Kim" + language;
    ChatBookings.book(app, user, booking, yes);
    assertThat(app.say(user, late)).startsWith(answer).contains("10:00");
    assertThat(ChatBookings.starts(app))
        .containsExactly(OffsetDateTime.parse("2026-11-28T10:00:00+01:00").toInstant());
  }
}
