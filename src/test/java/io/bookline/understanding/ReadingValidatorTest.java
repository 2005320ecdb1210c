package io.bookline.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.bookline.understanding.ReadingValidator.Rejection;
import io.bookline.understanding.ReadingValidator.Validated;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A model's proposal checked field by field, without HTTP: what is kept, dropped and named. */
class ReadingValidatorTest {
  static final UnderstandingContext CONTEXT =
      new UnderstandingContext(
          LocalDateTime.parse("2026-11-23T08:00:00"),
          ZoneId.of("Europe/Berlin"),
          Locale.UK,
          List.of(
              new Named(1, "Basic Manicure", List.of("basic")),
              new Named(2, "Gel Manicure", List.of("gel", "shellac"))),
          List.of(
              new Named(10, "Anna", List.of(), Set.of(1L)),
              new Named(11, "Marta", List.of(), Set.of(1L, 2L))),
          Expectation.NOTHING);

  static Validated validate(Object... keysAndValues) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      arguments.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return ReadingValidator.validate(arguments, CONTEXT);
  }

  /** Every schema field present and null, then the given ones. */
  static Validated full(Object... keysAndValues) {
    Map<String, Object> arguments = new HashMap<>();
    ReadingSchema.FIELDS.forEach(f -> arguments.put(f, null));
    for (int i = 0; i < keysAndValues.length; i += 2) {
      arguments.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return ReadingValidator.validate(arguments, CONTEXT);
  }

  @Test
  void a_valid_proposal_is_the_reading_with_nothing_rejected() {
    Validated v =
        full(
            "intent", "reschedule",
            "service", "Gel Manicure",
            "date", "2026-11-27",
            "time", "15:30",
            "time_qualifier", "after",
            "part_of_day", "afternoon",
            "staff", "marta",
            "customer_name", " Lucía ",
            "choice", 2);
    assertEquals(
        new Reading(
            Intent.RESCHEDULE,
            new Slots(
                2L,
                LocalDate.parse("2026-11-27"),
                LocalTime.parse("15:30"),
                TimeQualifier.AFTER,
                PartOfDay.AFTERNOON,
                11L),
            "Lucía",
            2,
            "llm"),
        v.reading());
    assertEquals(List.of(), v.rejected());
  }

  @Test
  void fields_outside_the_schema_are_named_and_change_nothing() {
    Validated v = full("intent", "book", "price", "0.00", "confirmed", true);
    assertEquals(
        List.of("price (not in the schema)", "confirmed (not in the schema)"), v.messages());
    assertEquals(Intent.BOOK, v.reading().intent());
  }

  @Test
  void a_missing_or_null_field_is_not_proposed_and_the_merge_asks_the_rules() {
    for (Validated v : List.of(full("intent", "book"), validate("intent", "book"))) {
      assertNull(v.reading().serviceId());
      assertNull(v.reading().date());
      assertNull(v.reading().time());
      assertNull(v.reading().resourceId());
      assertEquals(List.of(), v.rejected());
    }
  }

  @Test
  void each_bad_field_is_dropped_alone_and_named_in_field_order_with_its_reason() {
    Validated v =
        full(
            "intent", "buy_shoes",
            "service", "Haircut Deluxe",
            "staff", "Bob",
            "date", "27/11/2026",
            "time", "25:99",
            "part_of_day", "night",
            "customer_name", "Robert'); DROP TABLE--",
            "choice", 99);
    assertEquals(
        List.of(
            "intent 'buy_shoes' is not one we have",
            "service 'Haircut Deluxe' is not in the catalog",
            "staff 'Bob' is not in the catalog",
            "date '27/11/2026' is not yyyy-MM-dd",
            "time '25:99' is not HH:mm",
            "part_of_day 'night' is not allowed",
            "customer_name is not a name",
            "choice 99 is not an option number"),
        v.messages());
    assertEquals(
        List.of(
            "intent", "service", "staff", "date", "time", "part_of_day", "customer_name", "choice"),
        v.rejected().stream().map(Rejection::field).toList());
    assertEquals(
        List.of(
            "unknown_value",
            "not_in_catalog",
            "not_in_catalog",
            "malformed",
            "malformed",
            "unknown_value",
            "malformed",
            "malformed"),
        v.rejected().stream().map(Rejection::reason).toList());
    assertEquals(new Reading(Intent.NONE, Slots.NONE, null, null, "llm"), v.reading());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "2026-11-22, past",
    "2026-11-23, ",
    "2027-11-23, ",
    "2027-11-24, beyond_horizon",
  })
  void a_date_counts_from_today_to_the_horizon(String date, String reason) {
    Validated v = full("intent", "book", "date", date);
    assertEquals(reason == null ? LocalDate.parse(date) : null, v.reading().date());
    assertEquals(
        reason == null ? List.of() : List.of(reason),
        v.rejected().stream().map(Rejection::reason).toList());
  }

  @Test
  void the_business_horizon_bounds_a_date_and_names_itself() {
    Map<String, Object> arguments = new HashMap<>();
    arguments.put("date", "2026-12-24");
    Validated v = ReadingValidator.validate(arguments, CONTEXT.withHorizon(30));
    assertNull(v.reading().date());
    assertEquals(List.of("date 2026-12-24 is beyond the 30-day horizon"), v.messages());
    arguments.put("date", "2026-12-23");
    assertEquals(
        LocalDate.parse("2026-12-23"),
        ReadingValidator.validate(arguments, CONTEXT.withHorizon(30)).reading().date());
  }

  @Test
  void a_staff_member_who_does_not_do_the_service_is_rejected() {
    Validated v = full("service", "Gel Manicure", "staff", "Anna");
    assertEquals(2L, v.reading().serviceId());
    assertNull(v.reading().resourceId());
    assertEquals(List.of("staff 'Anna' does not do Gel Manicure"), v.messages());
    assertEquals("staff_not_for_service", v.rejected().get(0).reason());
    assertEquals(11L, full("service", "Gel Manicure", "staff", "Marta").reading().resourceId());
    assertEquals(10L, full("staff", "Anna").reading().resourceId());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"9:30, 09:30", "09:30, 09:30", "17:05, 17:05"})
  void times_read_with_or_without_a_leading_zero(String time, String expected) {
    assertEquals(LocalTime.parse(expected), full("time", time).reading().time());
  }

  @Test
  void a_time_without_a_qualifier_means_at_and_no_time_means_no_qualifier() {
    assertEquals(TimeQualifier.AT, full("time", "15:00").reading().qualifier());
    assertEquals(
        TimeQualifier.AROUND,
        full("time", "15:00", "time_qualifier", "around").reading().qualifier());
    assertNull(full("time_qualifier", "after").reading().qualifier());
  }

  @Test
  void catalog_names_match_ignoring_case_and_fuzzily() {
    assertEquals(2L, full("service", "gel manicure").reading().serviceId());
    assertEquals(2L, full("service", "shellac").reading().serviceId());
    assertEquals(11L, full("staff", "MARTA").reading().resourceId());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"-1, true", "1, true", "20, true", "0, false", "21, false", "-2, false"})
  void a_choice_is_one_to_twenty_or_minus_one_for_the_last(int choice, boolean kept) {
    assertEquals(kept ? Integer.valueOf(choice) : null, full("choice", choice).reading().choice());
  }

  @Test
  void a_choice_that_is_not_a_whole_number_is_rejected() {
    assertEquals(List.of("choice 2 is not an option number"), full("choice", "2").messages());
    assertEquals(List.of("choice 1.5 is not an option number"), full("choice", 1.5).messages());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"60, LATER", "-30, EARLIER", "720, LATER", "0, -", "721, -", "-721, -"})
  void an_amount_is_signed_minutes_up_to_twelve_hours(int minutes, String shift) {
    Reading r = full("shift_minutes", minutes).reading();
    assertEquals("-".equals(shift) ? null : TimeShift.valueOf(shift), r.shift());
    assertEquals("-".equals(shift) ? null : Duration.ofMinutes(minutes), r.shiftBy());
  }

  @Test
  void an_amount_that_is_not_a_whole_number_of_minutes_is_rejected() {
    assertEquals(
        List.of("shift_minutes 1h is not a non-zero number of minutes up to 12 hours"),
        full("shift_minutes", "1h").messages());
    assertNull(full("shift_minutes", 1.5).reading().shiftBy());
  }

  @Test
  void a_missing_or_blank_intent_proposes_none() {
    assertEquals(Intent.NONE, validate().reading().intent());
    assertEquals(Intent.NONE, full("intent", "  ").reading().intent());
    assertEquals(Intent.ASK_PRICE, full("intent", "ASK_PRICE").reading().intent());
  }
}
