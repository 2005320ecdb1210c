package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A second service queued keeps the day and time said with it (ADR 0087): "a manicure and a
 * pedicure tomorrow at 10" offers the pedicure right after the manicure, and "and a gel manicure
 * thursday at 4pm" said at the name step offers Thursday 16:00 once the first is booked, or the
 * nearest free times that day when it is taken, instead of asking for a time again. In English,
 * German and Spanish over the web chat on Postgres; Friday 27 Nov 2026, 10:00; the demo studio.
 */
class QueuedServiceKeepsItsTimeChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a basic manicure and a pedicure tomorrow at 10 | Mia | yes"
            + " | Pedicure on Sat 28 Nov at 10:30 with",
        "eine Klassische Maniküre und eine Pediküre morgen um 10 | Mia | ja"
            + " | Pediküre am Samstag, 28. November um 10:30 bei",
        "una manicura básica y una pedicura mañana a las 10 | Mía | sí"
            + " | Pedicura el sábado 28 de noviembre a las 10:30 con",
      })
  void two_services_with_a_time_in_one_message_are_booked_back_to_back(
      String request, String name, String yes, String offered) {
    app.say("m", request);
    app.say("m", name);
    assertThat(app.say("m", yes)).contains(" 10:00 ");
    assertThat(app.say("m", yes)).startsWith(offered);
    assertThat(app.say("m", yes)).containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
    assertThat(ChatBookings.starts(app))
        .containsExactly(
            Instant.parse("2026-11-28T09:00:00Z"), Instant.parse("2026-11-28T09:30:00Z"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure tuesday 10am | and a gel manicure thursday at 4pm | Zoe | yes"
            + " | Gel Manicure on Thu 3 Dec at 16:00 with",
        "Pediküre am Dienstag um 10 Uhr | und eine Gel-Maniküre am Donnerstag um 16 Uhr | Zoe | ja"
            + " | Gel-Maniküre am Donnerstag, 3. Dezember um 16:00 bei",
        "pedicura el martes a las 10 | y una manicura de gel el jueves a las 16 | Zoe | sí"
            + " | Manicura de gel el jueves 3 de diciembre a las 16:00 con",
      })
  void a_service_added_at_the_name_step_keeps_its_own_day_and_time(
      String request, String another, String name, String yes, String offered) {
    app.say("z", request);
    app.say("z", another);
    app.say("z", name);
    assertThat(app.say("z", yes)).contains(" 10:00 ");
    assertThat(app.say("z", yes)).startsWith(offered);
    assertThat(app.say("z", yes)).containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
    assertThat(ChatBookings.starts(app))
        .containsExactly(
            Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-03T15:00:00Z"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure tuesday 10am | and a gel manicure thursday at 4pm | Zoe | yes"
            + " | Gel Manicure on Thu 3 Dec at 16:00 is already taken. The nearest free times:"
            + " Thu 3 Dec at 15:00, Thu 3 Dec at 15:15, Thu 3 Dec at 16:45",
        "Pediküre am Dienstag um 10 Uhr | und eine Gel-Maniküre am Donnerstag um 16 Uhr | Zoe | ja"
            + " | Gel-Maniküre am Donnerstag, 3. Dezember um 16:00 ist leider schon vergeben.",
        "pedicura el martes a las 10 | y una manicura de gel el jueves a las 16 | Zoe | sí"
            + " | Lo siento, ya está ocupado: Manicura de gel el jueves 3 de diciembre a las 16:00.",
      })
  void a_time_said_with_the_added_service_that_is_taken_brings_the_nearest_that_day(
      String request, String another, String name, String yes, String taken) {
    ChatBookings.book(app, "Xenia", "gel manicure thursday at 4pm", "yes");
    ChatBookings.book(app, "Yusuf", "gel manicure thursday at 4pm", "yes");
    app.say("z", request);
    app.say("z", another);
    app.say("z", name);
    assertThat(app.say("z", yes)).contains(" 10:00 ");
    String reply = app.say("z", yes);
    assertThat(reply).startsWith(taken);
    assertThat(reply).doesNotContain("Thu 3 Dec at 16:00,", "16:00, ");
    assertThat(ChatBookings.starts(app)).hasSize(3);
  }
}
