package io.bookline.wording;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.understanding.Expectation;
import io.bookline.understanding.Intent;
import io.bookline.understanding.Language;
import io.bookline.understanding.Lexicon;
import io.bookline.understanding.Reading;
import io.bookline.understanding.RuleUnderstanding;
import io.bookline.understanding.UnderstandingContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A quick-reply option is sent back as the customer's message when tapped, so every option each
 * bundle writes must be read by the offline rules of the same language as what it offers.
 */
class WordingRoundTripTest {
  static final RuleUnderstanding RULES = new RuleUnderstanding(Lexicon.all());
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  // Monday 23 November 2026, 08:00
  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 8, 0);

  static Reading read(Language language, String text, Expectation expecting) {
    UnderstandingContext ctx =
        new UnderstandingContext(
            NOW,
            BERLIN,
            language.locale(),
            List.of(),
            List.of(),
            expecting,
            "",
            "",
            List.of(),
            language);
    return RULES.interpret(text, ctx);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void the_start_options_and_yes_no_are_read_as_what_they_offer(Language language) {
    Messages m = Messages.forLocale(language.locale());
    Map<String, Intent> options =
        Map.of(
            "option.book", Intent.BOOK,
            "option.prices", Intent.ASK_PRICE,
            "option.hours", Intent.ASK_HOURS,
            "option.my_appointments", Intent.LIST,
            "option.person", Intent.HANDOFF);
    options.forEach(
        (id, intent) ->
            assertThat(read(language, m.text(id), Expectation.NOTHING).intent())
                .as("%s %s", language, m.text(id))
                .isEqualTo(intent));
    assertThat(read(language, m.text("option.yes"), Expectation.CONFIRMATION).intent())
        .isEqualTo(Intent.YES);
    assertThat(read(language, m.text("option.no"), Expectation.CONFIRMATION).intent())
        .isEqualTo(Intent.NO);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void the_day_options_are_read_as_those_days(Language language) {
    Messages m = Messages.forLocale(language.locale());
    LocalDate today = NOW.toLocalDate();
    assertThat(read(language, m.text("option.today"), Expectation.DATE).date()).isEqualTo(today);
    assertThat(read(language, m.text("option.tomorrow"), Expectation.DATE).date())
        .isEqualTo(today.plusDays(1));
    for (DayOfWeek d : List.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)) {
      String label = m.formats().weekday(d);
      assertThat(read(language, label, Expectation.DATE).date())
          .as("%s %s", language, label)
          .isEqualTo(today.with(TemporalAdjusters.next(d)));
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void a_booking_label_and_a_time_are_read_back_as_that_day_and_time(Language language) {
    Formats f = Messages.forLocale(language.locale()).formats();
    LocalDateTime at = LocalDateTime.of(2026, 11, 27, 15, 30);
    String label = f.dayAndTime(at.atZone(BERLIN).toInstant(), BERLIN);
    Reading r = read(language, label, Expectation.CHOICE);
    assertThat(r.date()).as("%s %s", language, label).isEqualTo(at.toLocalDate());
    assertThat(r.time()).as("%s %s", language, label).isEqualTo(at.toLocalTime());
    assertThat(read(language, f.time(LocalTime.of(16, 45)), Expectation.TIME).time())
        .isEqualTo(LocalTime.of(16, 45));
  }
}
