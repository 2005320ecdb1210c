package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The chat's own move keeps the length booked, as the owner's PATCH does (ADR 0114, 0117): a Gel
 * Manicure booked for 45 minutes stays 45 minutes when the owner has since made the service 60
 * minutes long, and closing time is judged by those 45 minutes (17:15 still fits before 18:00). The
 * chat re-timed it with the service's current duration. Over the web chat and the owner API on
 * Postgres in English, German and Spanish; Friday 27 Nov 2026, 10:00; the demo studio (Mon–Fri
 * 9–18).
 */
class MoveKeepsTheBookedLengthChatTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);
  final ChatSteps chat = new ChatSteps(app);

  /** Books the Gel Manicure on Tuesday at 10:00 (45 min), then the owner makes it 60 minutes. */
  private void bookedThenLengthened(String request, String name, String yes) {
    chat.book("c", request, name, yes);
    assertThat(times()).containsExactly("2026-12-01 10:00–10:45");
    TestApp.Caller owner = app.as(TestApp.ADMIN_KEY, "demo");
    long gel =
        ((Number)
                app.app()
                    .database()
                    .dsl()
                    .fetchValue("select id from services where name = 'Gel Manicure'"))
            .longValue();
    TestApp.Response longer = owner.patch("/api/services/" + gel, "{\"durationMinutes\":60}");
    assertThat(longer.status()).as(longer.body()).isEqualTo(200);
  }

  /** The confirmed bookings as "2026-12-02 11:00–11:45", Berlin time. */
  private List<String> times() {
    return app.app()
        .database()
        .dsl()
        .resultQuery(
            "select starts_at, ends_at from bookings where status = 'confirmed' order by id")
        .fetch(
            r ->
                local(r.get(0, java.time.OffsetDateTime.class).toInstant(), "yyyy-MM-dd HH:mm")
                    + "–"
                    + local(r.get(1, java.time.OffsetDateTime.class).toInstant(), "HH:mm"));
  }

  private static String local(Instant at, String pattern) {
    return java.time.format.DateTimeFormatter.ofPattern(pattern).format(at.atZone(BERLIN));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | gel manicure on tuesday at 10 | Lena Park | yes"
            + " | can you move my appointment to wednesday at 11?",
        "DE | Gel-Maniküre am Dienstag um 10 | Jonas Weber | ja"
            + " | kann ich meinen Termin auf Mittwoch um 11 verschieben?",
        "ES | una manicura de gel el martes a las 10 | Lucía García | sí"
            + " | ¿puedo cambiar mi cita al miércoles a las 11?",
      })
  void a_move_keeps_the_length_booked_after_the_service_got_longer(
      String language, String request, String name, String yes, String move) {
    bookedThenLengthened(request, name, yes);

    assertThat(app.say("c", move)).contains("11:00");
    app.say("c", yes);

    assertThat(times()).containsExactly("2026-12-02 11:00–11:45");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | gel manicure on tuesday at 10 | Lena Park | yes"
            + " | can you move my appointment to wednesday at 17:15?",
        "DE | Gel-Maniküre am Dienstag um 10 | Jonas Weber | ja"
            + " | kann ich meinen Termin auf Mittwoch um 17:15 verschieben?",
        "ES | una manicura de gel el martes a las 10 | Lucía García | sí"
            + " | ¿puedo cambiar mi cita al miércoles a las 17:15?",
      })
  void closing_time_is_judged_by_the_length_booked(
      String language, String request, String name, String yes, String move) {
    bookedThenLengthened(request, name, yes);

    assertThat(app.say("c", move)).contains("17:15");
    app.say("c", yes);

    assertThat(times()).containsExactly("2026-12-02 17:15–18:00");
  }
}
