package io.bookline.understanding;

import static io.bookline.db.Schema.Bookings;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.FakeLlm;
import io.bookline.support.TestApp;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With a model configured, "an hour later" and "make it 5" move the booking or the offer as the
 * rules path does (ADR 0055 and its addendum, ADR 0059): the model is given a field for the amount
 * ({@code shift_minutes}) and told how a bare hour and an amount are reported; the booking system
 * places the amount on the time it moves, so a day or time the model worked out for it is not
 * taken, and "can I…?" with a change in it is no question for a person. The real openai-java client
 * against a fake model over HTTP; Monday 23 Nov 2026, 08:00, the demo studio.
 */
class LlmShiftAndBareHourTest {
  FakeLlm llm;
  TestApp app;

  @BeforeEach
  void start() {
    llm = new FakeLlm();
    app = llm.startApp(TestApp.mondayMorning());
  }

  @AfterEach
  void stop() {
    app.close();
    llm.close();
  }

  /** A model's arguments: the given fields, every other one null. */
  static String reading(String intent, String date, String time, Integer shiftMinutes) {
    return "{\"intent\":\""
        + intent
        + "\",\"service\":null,\"date\":"
        + quoted(date)
        + ",\"time\":"
        + quoted(time)
        + ",\"time_qualifier\":null,\"part_of_day\":null,\"staff\":null,"
        + "\"customer_name\":null,\"choice\":null,\"shift_minutes\":"
        + shiftMinutes
        + "}";
  }

  static String quoted(String value) {
    return value == null ? "null" : "\"" + value + "\"";
  }

  OffsetDateTime bookingStart() {
    return app.app()
        .database()
        .dsl()
        .select(Bookings.STARTS_AT)
        .from(Bookings.T)
        .fetchOne()
        .value1();
  }

  @Test
  void the_model_is_given_a_field_for_an_amount_and_told_how_to_report_a_bare_hour() {
    llm.readings(text -> reading("greeting", null, null, null));
    app.say("ivy", "hi");
    var request = llm.received().get(0).body();
    String system = request.get("messages").get(0).get("content").asText();
    assertThat(system)
        .contains("\"make it 5\"")
        .contains("time 17:00 for 5")
        .contains("shift_minutes: the time under discussion")
        .contains("\"an hour later\" 60");
    assertThat(request.toString()).contains("\"shift_minutes\"");
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // The model fills in the booking's day beside the amount.
        "en | pedicure on 30 november at 11am | Ann | yes | can I come an hour later?"
            + " | change | 2026-11-30 | - | 60"
            + " | Move your Pedicure from Mon 30 Nov at 11:00 to Mon 30 Nov at 12:00 with Anna?"
            + " | 2026-11-30T12:00:00+01:00",
        // The model's own arithmetic beside the amount is wrong (11:00 - 30 min is not 10:00).
        "de | Ich hätte gern eine Pediküre am 30. November um 11 Uhr | Uwe | ja"
            + " | Kann ich eine halbe Stunde früher kommen? | change | - | 10:00 | -30"
            + " | Ihren Termin für Pediküre von Montag, 30. November um 11:00 auf Montag,"
            + " 30. November um 10:30 bei Anna verschieben? | 2026-11-30T10:30:00+01:00",
        // The model reads "can I…?" as a question for a person, with the amount.
        "es | quiero una pedicura el 30 de noviembre a las 11 | Eva | sí"
            + " | ¿puedo ir una hora más tarde? | question | - | - | 60"
            + " | ¿Cambio tu Pedicura del lunes 30 de noviembre a las 11:00 al lunes 30"
            + " de noviembre a las 12:00 con Anna? | 2026-11-30T12:00:00+01:00",
      })
  void an_amount_the_model_reports_moves_the_booking_as_the_rules_do(
      String language,
      String request,
      String name,
      String yes,
      String shift,
      String intent,
      String date,
      String time,
      Integer minutes,
      String asked,
      String moved) {
    llm.readings(
        text ->
            text.equals(shift)
                ? reading(intent, date, time, minutes)
                : reading("none", null, null, null));
    String user = name.toLowerCase(java.util.Locale.ROOT);
    String r = app.say(user, request);
    if (!r.contains("40")) {
      app.say(user, name);
    }
    assertThat(app.say(user, yes)).containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
    assertThat(app.say(user, shift)).isEqualTo(asked);
    app.say(user, yes);
    assertThat(bookingStart()).isEqualTo(OffsetDateTime.parse(moved));
  }

  @ParameterizedTest(name = "\"{0}\" read as {1}")
  @CsvSource({"make it 5, question, -", "mejor a las 5, change, 17:00", "actually 5, change, -"})
  void a_bare_hour_the_model_reports_moves_the_offer_as_the_rules_do(
      String said, String intent, String time) {
    llm.readings(
        text ->
            text.equals(said)
                ? reading(intent, null, "-".equals(time) ? null : time, null)
                : reading("none", null, null, null));
    assertThat(app.say("jo", "basic manicure on wed 2 dec at 16:30")).endsWith("booking under?");
    assertThat(app.say("jo", "Jo")).endsWith("Shall I book it?");
    assertThat(app.say("jo", said)).contains("17:00");
    assertThat(app.say("jo", "yes")).containsAnyOf("Booked!", "¡Reservado!").contains("17:00");
  }
}
