package io.bookline.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * When the model and the rules disagree on the day, the day becomes a question (ADR 0024); what
 * else the rules read stays, the person of a party the message names among it ("Lily's appointment
 * on friday"; ADR 0086). It was dropped there with every other field the old constructor lacked.
 */
class DisputedDayKeepsWhomTest {
  static final String TEXT = "cancel Lily's appointment on friday";

  @Test
  void the_person_and_the_other_signs_stay_when_the_day_becomes_a_question() {
    Evidence read =
        new Evidence(
            new Span(26, 35),
            null,
            List.of(),
            Slots.NONE.withDate(LocalDate.parse("2026-11-27")),
            Mentions.NONE,
            new Whom("Lily", false),
            Set.of(
                Evidence.Sign.DATE_BY_WEEKDAY,
                Evidence.Sign.BOOKED_BY_WEEKDAY,
                Evidence.Sign.EVERY_ONE));
    Reading rules =
        new Reading(
            Intent.CANCEL,
            Slots.NONE.withDate(LocalDate.parse("2026-11-27")),
            null,
            null,
            "rules",
            read);
    Reading llm =
        new Reading(
            Intent.CANCEL, Slots.NONE.withDate(LocalDate.parse("2026-11-28")), null, null, "llm");

    Evidence merged = ReadingMerge.merge(llm, rules, TEXT).reading().evidence();

    assertEquals(new Whom("Lily", false), merged.whom());
    assertTrue(merged.everyOne());
    assertFalse(merged.dateByWeekday());
    assertFalse(merged.bookedByWeekday());
    assertEquals(Slots.NONE, merged.booked());
    assertEquals(1, merged.unresolved().size());
  }
}
