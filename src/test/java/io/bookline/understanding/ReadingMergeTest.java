package io.bookline.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.bookline.understanding.ReadingMerge.Merged;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The merge table of ADR 0024: for each field, who gives it when the two readings disagree. */
class ReadingMergeTest {
  static final String TEXT = "gel on friday at 3";

  static Reading reading(String field, String value) {
    Slots s = Slots.NONE;
    Intent intent = Intent.NONE;
    String name = null;
    Integer choice = null;
    if (value != null) {
      switch (field) {
        case "intent" -> intent = Intent.valueOf(value);
        case "service" -> s = s.withService(Long.valueOf(value));
        case "date" -> s = s.withDate(LocalDate.parse(value));
        case "time" -> s = s.withTime(LocalTime.parse(value), TimeQualifier.AT);
        case "part_of_day" -> s = s.withPartOfDay(PartOfDay.valueOf(value));
        case "staff" -> s = s.withResource(Long.valueOf(value));
        case "customer_name" -> name = value;
        case "choice" -> choice = Integer.valueOf(value);
        default -> throw new IllegalArgumentException(field);
      }
    }
    return new Reading(intent, s, name, choice, "x");
  }

  static String valueOf(Reading r, String field) {
    Object v =
        switch (field) {
          case "intent" -> r.intent() == Intent.NONE ? null : r.intent();
          case "service" -> r.serviceId();
          case "date" -> r.date();
          case "time" -> r.time();
          case "part_of_day" -> r.partOfDay();
          case "staff" -> r.resourceId();
          case "customer_name" -> r.personName();
          case "choice" -> r.choice();
          default -> throw new IllegalArgumentException(field);
        };
    return v == null ? null : v.toString();
  }

  @ParameterizedTest(name = "{0}: llm {1}, rules {2} -> {3} ({4})")
  @CsvSource(
      nullValues = "-",
      value = {
        // field,        model says,  rules say,   decision,       value used
        "intent,         BOOK,        -,           llm,            BOOK",
        "intent,         -,           ASK_HOURS,   rules,          ASK_HOURS",
        "intent,         NONE,        ASK_HOURS,   rules,          ASK_HOURS",
        "intent,         CANCEL,      CANCEL,      both,           CANCEL",
        "intent,         RESCHEDULE,  BOOK,        llm_over_rules, RESCHEDULE",
        "intent,         NONE,        NONE,        -,              -",
        "service,        2,           -,           llm,            2",
        "service,        -,           1,           rules,          1",
        "service,        2,           2,           both,           2",
        "service,        2,           1,           ask,            -",
        "date,           2026-11-27,  -,           llm,            2026-11-27",
        "date,           -,           2026-11-24,  rules,          2026-11-24",
        "date,           2026-11-27,  2026-11-27,  both,           2026-11-27",
        "date,           2026-11-27,  2026-11-28,  ask,            -",
        "time,           15:00,       -,           llm,            15:00",
        "time,           -,           10:00,       rules,          10:00",
        "time,           15:00,       03:00,       llm_over_rules, 15:00",
        "part_of_day,    EVENING,     -,           llm,            EVENING",
        "part_of_day,    -,           MORNING,     rules,          MORNING",
        "part_of_day,    EVENING,     MORNING,     llm_over_rules, EVENING",
        "staff,          11,          -,           llm,            11",
        "staff,          -,           10,          rules,          10",
        "staff,          11,          10,          llm_over_rules, 11",
        "customer_name,  Lucía,       -,           llm,            Lucía",
        "customer_name,  -,           Eve,         rules,          Eve",
        "customer_name,  Lucía,       Lucia,       llm_over_rules, Lucía",
        "choice,         2,           -,           llm,            2",
        "choice,         -,           -1,          rules,          -1",
        "choice,         2,           3,           llm_over_rules, 2",
      })
  void one_field_at_a_time(
      String field, String llm, String rules, String decision, String expected) {
    Merged m = ReadingMerge.merge(reading(field, llm), reading(field, rules), TEXT);
    assertEquals(decision, m.decisions().get(field));
    assertEquals(expected, valueOf(m.reading(), field));
    assertEquals(decision == null ? Map.of() : Map.of(field, decision), m.decisions());
  }

  @Test
  void a_day_they_disagree_on_becomes_a_question_quoting_the_customers_words() {
    Reading rules =
        new Reading(
            Intent.BOOK,
            Slots.NONE.withDate(LocalDate.parse("2026-11-27")),
            null,
            null,
            "rules",
            new Evidence(new Span(4, 13), null, List.of()));
    Reading llm =
        new Reading(
            Intent.BOOK, Slots.NONE.withDate(LocalDate.parse("2026-11-28")), null, null, "llm");
    Merged m = ReadingMerge.merge(llm, rules, TEXT);
    assertNull(m.reading().date());
    assertEquals(
        List.of(
            new Unresolved(
                Unresolved.What.DATE, new Span(4, 13), "on friday", ReadingMerge.DISAGREEMENT)),
        m.reading().evidence().unresolved());
  }

  @Test
  void an_amount_is_placed_by_the_booking_system_not_on_a_day_or_time_the_model_worked_out() {
    Reading llm =
        new Reading(
            Intent.CHANGE,
            Slots.NONE
                .withDate(LocalDate.parse("2026-11-30"))
                .withTime(LocalTime.parse("13:00"), TimeQualifier.AT),
            null,
            null,
            "llm",
            Evidence.NONE,
            TimeShift.LATER,
            Duration.ofMinutes(60));
    Merged m = ReadingMerge.merge(llm, new Reading(Intent.NONE, Slots.NONE, null, null, "x"), TEXT);
    assertNull(m.reading().date());
    assertNull(m.reading().time());
    assertEquals(TimeShift.LATER, m.reading().shift());
    assertEquals(Duration.ofMinutes(60), m.reading().shiftBy());
    assertEquals(
        Map.of(
            "intent", "llm", "date", "rules_over_llm", "time", "rules_over_llm", "shift_by", "llm"),
        m.decisions());
  }

  @Test
  void the_rules_amount_stands_over_a_time_the_model_worked_out_and_its_question() {
    Reading rules =
        new Reading(
            Intent.NONE,
            Slots.NONE,
            null,
            null,
            "rules",
            Evidence.NONE,
            TimeShift.EARLIER,
            Duration.ofMinutes(-30));
    Reading llm =
        new Reading(
            Intent.QUESTION,
            Slots.NONE.withTime(LocalTime.parse("10:00"), TimeQualifier.AT),
            null,
            null,
            "llm");
    Reading r = ReadingMerge.merge(llm, rules, TEXT).reading();
    assertEquals(Intent.NONE, r.intent());
    assertNull(r.time());
    assertEquals(Duration.ofMinutes(-30), r.shiftBy());
  }

  @Test
  void make_it_5_read_as_a_question_is_the_rules_change() {
    Reading rules =
        new Reading(
            Intent.CHANGE,
            Slots.NONE.withTime(LocalTime.parse("17:00"), TimeQualifier.AT),
            null,
            null,
            "rules");
    Reading r =
        ReadingMerge.merge(new Reading(Intent.QUESTION, Slots.NONE, null, null, "llm"), rules, TEXT)
            .reading();
    assertEquals(Intent.CHANGE, r.intent());
    assertEquals(LocalTime.parse("17:00"), r.time());
  }

  @Test
  void a_time_or_window_from_the_model_comes_with_its_own_qualifier_and_window() {
    Reading rules =
        new Reading(
            Intent.BOOK,
            new Slots(
                null, null, LocalTime.parse("03:00"), TimeQualifier.AT, PartOfDay.MORNING, null),
            null,
            null,
            "rules");
    Reading llm =
        new Reading(
            Intent.BOOK,
            new Slots(null, null, LocalTime.parse("15:00"), TimeQualifier.AFTER, null, null),
            null,
            null,
            "llm");
    Slots s = ReadingMerge.merge(llm, rules, TEXT).reading().slots();
    assertEquals(LocalTime.parse("15:00"), s.time());
    assertEquals(TimeQualifier.AFTER, s.qualifier());
    assertNull(s.partOfDay(), "the rules' window does not sit beside the model's time");
  }

  @Test
  void a_silent_model_leaves_the_rules_reading_whole() {
    Reading rules =
        new Reading(
            Intent.ASK_HOURS,
            new Slots(
                1L,
                LocalDate.parse("2026-11-24"),
                LocalTime.parse("10:00"),
                TimeQualifier.AT,
                null,
                10L),
            "Eve",
            2,
            "rules",
            new Evidence(new Span(0, 3), new Span(4, 6), List.of()));
    Reading merged = ReadingMerge.merge(Reading.nothing("llm"), rules, TEXT).reading();
    assertEquals(rules.intent(), merged.intent());
    assertEquals(rules.slots(), merged.slots());
    assertEquals(rules.personName(), merged.personName());
    assertEquals(rules.choice(), merged.choice());
    assertEquals(rules.evidence(), merged.evidence());
  }

  @Test
  void the_rules_later_stands_unless_the_model_names_a_time() {
    Reading rules =
        new Reading(Intent.BOOK, Slots.NONE, null, null, "rules", null, TimeShift.LATER);
    Reading llm = new Reading(Intent.BOOK, Slots.NONE, null, null, "llm");
    assertEquals(
        TimeShift.LATER, ReadingMerge.merge(llm, rules, "anything later?").reading().shift());
    Reading at = reading("time", "15:00");
    assertNull(ReadingMerge.merge(at, rules, "anything later?").reading().shift());
    assertEquals("later", ReadingMerge.describe(rules).get("shift"));
  }

  @Test
  void a_weekday_alone_the_model_placed_in_another_week_is_the_models_day_not_a_question() {
    Evidence alone = new Evidence(new Span(4, 11), null, List.of(), true, false);
    Reading rules =
        new Reading(
            Intent.NONE,
            Slots.NONE.withDate(LocalDate.parse("2026-12-01")),
            null,
            null,
            "rules",
            alone);
    Merged m = ReadingMerge.merge(reading("date", "2026-12-08"), rules, "no, tuesday");
    assertEquals(LocalDate.parse("2026-12-08"), m.reading().date());
    assertEquals(ReadingMerge.LLM_OVER_RULES, m.decisions().get("date"));
    Merged other = ReadingMerge.merge(reading("date", "2026-12-09"), rules, "no, tuesday");
    assertNull(other.reading().date(), "another weekday is still a question");
  }
}
