package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bookline.understanding.Evidence.Sign;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a message shows about itself is a set of signs; the old accessors and copies read it. Every
 * sign with an accessor of its own is in {@link #ACCESSORS}; ANY_WILL_DO and WHO_DOES_IT are read
 * through {@code signs().contains} and have none.
 */
class EvidenceSignsTest {
  static final Map<Sign, Predicate<Evidence>> ACCESSORS =
      Map.of(
          Sign.DATE_BY_WEEKDAY, Evidence::dateByWeekday,
          Sign.SERVICE_BY_TYPO, Evidence::serviceByTypo,
          Sign.NAME_DISPUTED, Evidence::nameDisputed,
          Sign.FOLLOW_UP, Evidence::followUp,
          Sign.EVERY_ONE, Evidence::everyOne,
          Sign.BOOKED_BY_WEEKDAY, Evidence::bookedByWeekday,
          Sign.THAT_ONE, Evidence::thatOne,
          Sign.WITH_THEM, Evidence::withThem,
          Sign.SOMEONE_ELSES, Evidence::someoneElses);

  static final Slots SATURDAY = Slots.NONE.withDate(LocalDate.parse("2026-11-28"));

  /** Evidence with only {@code sign}, built with the booleans the rules' reading passes. */
  static Evidence byBooleans(Sign sign) {
    return new Evidence(
        new Span(0, 3),
        null,
        List.of(),
        sign == Sign.DATE_BY_WEEKDAY,
        sign == Sign.SERVICE_BY_TYPO,
        SATURDAY,
        Mentions.NONE,
        sign == Sign.NAME_DISPUTED,
        sign == Sign.FOLLOW_UP,
        sign == Sign.EVERY_ONE,
        sign == Sign.BOOKED_BY_WEEKDAY,
        sign == Sign.THAT_ONE);
  }

  @ParameterizedTest
  @EnumSource(Sign.class)
  void each_sign_is_read_by_its_own_accessor_and_no_other(Sign sign) {
    Evidence e = Evidence.NONE.with(sign);
    assertThat(e.signs()).containsExactly(sign);
    assertThat(e.has(sign)).isTrue();
    ACCESSORS.forEach((s, read) -> assertThat(read.test(e)).as(s.name()).isEqualTo(s == sign));
    assertThat(Evidence.NONE.signs()).isEmpty();
  }

  /** A sign given an accessor of its own ("withThem()" for WITH_THEM) is in the table above. */
  @ParameterizedTest
  @EnumSource(Sign.class)
  void every_sign_with_an_accessor_of_its_own_is_in_the_accessor_table(Sign sign) {
    StringBuilder name = new StringBuilder();
    for (String part : sign.name().toLowerCase(Locale.ROOT).split("_")) {
      name.append(
          name.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    boolean hasAccessor =
        Arrays.stream(Evidence.class.getMethods())
            .anyMatch(
                m ->
                    m.getName().contentEquals(name)
                        && m.getParameterCount() == 0
                        && m.getReturnType() == boolean.class);
    assertThat(ACCESSORS.containsKey(sign)).as(name.toString()).isEqualTo(hasAccessor);
  }

  /** The seven signs the record once held as booleans; later signs have no constructor flag. */
  @ParameterizedTest
  @EnumSource(
      value = Sign.class,
      names = {
        "DATE_BY_WEEKDAY",
        "SERVICE_BY_TYPO",
        "NAME_DISPUTED",
        "FOLLOW_UP",
        "EVERY_ONE",
        "BOOKED_BY_WEEKDAY",
        "THAT_ONE"
      })
  void each_boolean_of_the_old_constructor_becomes_its_sign(Sign sign) {
    Evidence e = byBooleans(sign);
    assertThat(e.signs()).containsExactly(sign);
    assertThat(e)
        .isEqualTo(new Evidence(new Span(0, 3), null, List.of()).withBooked(SATURDAY).with(sign))
        .hasSameHashCodeAs(
            new Evidence(new Span(0, 3), null, List.of()).withBooked(SATURDAY).with(sign));
  }

  @Test
  void with_a_sign_keeps_the_other_signs_and_the_rest_of_the_evidence() {
    Whom lily = new Whom("Lily", false);
    Evidence before =
        new Evidence(new Span(4, 12), new Span(16, 19), List.of(), true, false)
            .withBooked(SATURDAY)
            .withWhom(lily);
    Evidence after = before.with(Sign.THAT_ONE).with(Sign.THAT_ONE);
    assertThat(after.signs()).containsExactly(Sign.DATE_BY_WEEKDAY, Sign.THAT_ONE);
    assertThat(after.dateSpan()).isEqualTo(new Span(4, 12));
    assertThat(after.timeSpan()).isEqualTo(new Span(16, 19));
    assertThat(after.booked()).isEqualTo(SATURDAY);
    assertThat(after.whom()).isEqualTo(lily);
    assertThat(before.thatOne()).isFalse();
    assertThat(after).isEqualTo(before.withThatOne());
  }

  @Test
  void a_booking_named_by_its_own_day_and_time_is_no_longer_a_weekday_alone() {
    Evidence saidSaturday = byBooleans(Sign.BOOKED_BY_WEEKDAY).with(Sign.FOLLOW_UP);
    Slots itsOwn = SATURDAY.withTime(LocalTime.of(11, 0), TimeQualifier.AT);
    Evidence named = saidSaturday.withBooked(itsOwn);
    assertThat(named.bookedByWeekday()).isFalse();
    assertThat(named.signs()).containsExactly(Sign.FOLLOW_UP);
    assertThat(named.booked()).isEqualTo(itsOwn);
    assertThat(saidSaturday.bookedByWeekday()).isTrue();
  }

  @Test
  void a_follow_up_can_be_set_and_taken_back() {
    Evidence shortQuestion = Evidence.NONE.withEveryOne().withFollowUp(true);
    assertThat(shortQuestion.signs()).containsExactly(Sign.FOLLOW_UP, Sign.EVERY_ONE);
    assertThat(shortQuestion.withFollowUp(false).signs()).containsExactly(Sign.EVERY_ONE);
    assertThat(Evidence.NONE.withNameDisputed().nameDisputed()).isTrue();
  }

  @Test
  void the_signs_are_a_copy_no_one_can_change_afterwards() {
    Set<Sign> given = EnumSet.of(Sign.EVERY_ONE);
    Evidence e = new Evidence(null, null, null, null, null, null, given);
    given.add(Sign.THAT_ONE);
    assertThat(e.signs()).containsExactly(Sign.EVERY_ONE);
    assertThatThrownBy(() -> e.signs().add(Sign.THAT_ONE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(new Evidence(null, null, null, null, null, null, null)).isEqualTo(Evidence.NONE);
  }

  /**
   * The rules' reading gives its signs as booleans: a booking's day said by its weekday alone is
   * {@link Sign#BOOKED_BY_WEEKDAY}, one said by its date is not, in all three languages.
   */
  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | I can't make it on monday, can we do wednesday instead? | BOOKED_BY_WEEKDAY",
        "EN | I can't make it on 30 November, can we do wednesday?    | -",
        "DE | ich kann am Montag nicht, geht Mittwoch?                | BOOKED_BY_WEEKDAY",
        "DE | ich kann am 30. November nicht, geht Mittwoch?          | -",
        "ES | no puedo ir el lunes, mejor el miércoles                | BOOKED_BY_WEEKDAY",
        "ES | no puedo ir el 30 de noviembre, mejor el miércoles      | -",
      })
  void the_rules_reading_marks_a_bookings_weekday_said_alone(
      Language language, String text, String sign) {
    Reading r = ChatReviewPhrasesTest.read(text, language, Expectation.NOTHING);
    assertThat(r.evidence().booked().date()).isEqualTo(LocalDate.parse("2026-11-30"));
    assertThat(r.evidence().has(Sign.BOOKED_BY_WEEKDAY))
        .isEqualTo(sign.equals("BOOKED_BY_WEEKDAY"));
    assertThat(r.evidence().bookedByWeekday()).isEqualTo(r.evidence().has(Sign.BOOKED_BY_WEEKDAY));
  }
}
