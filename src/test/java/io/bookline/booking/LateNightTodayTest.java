package io.bookline.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.wording.Messages;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * "Today" among the day options of a business open until 23:59: at 23:30 the shortest service (30
 * minutes) no longer fits, and 23:30 plus 30 minutes must not wrap past midnight to 00:00 and look
 * as if it fitted.
 */
class LateNightTodayTest {
  private static Catalog openTillMidnight() {
    Catalog demo = NailStudio.catalog();
    List<OpeningInterval> hours =
        List.of(DayOfWeek.values()).stream()
            .map(d -> new OpeningInterval(d, LocalTime.of(9, 0), LocalTime.of(23, 59)))
            .toList();
    return new Catalog(demo.business(), demo.services(), demo.resources(), hours, List.of());
  }

  private static List<String> optionsAt(int hour, int minute) {
    ZonedDateTime monday = ZonedDateTime.of(2026, 11, 23, hour, minute, 0, 0, NailStudio.BERLIN);
    return DayOptions.from(
        monday.toInstant(), openTillMidnight(), Messages.forLocale(Locale.ENGLISH));
  }

  @Test
  void today_is_offered_while_the_shortest_service_fits() {
    assertThat(optionsAt(23, 20)).first().isEqualTo("Today");
  }

  @Test
  void today_is_not_offered_when_the_shortest_service_would_run_past_closing() {
    assertThat(optionsAt(23, 30)).first().isEqualTo("Tomorrow");
  }
}
