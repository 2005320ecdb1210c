package io.bookline.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.channel.messenger.MessengerRenderer;
import io.bookline.channel.telegram.TelegramRenderer;
import io.bookline.channel.whatsapp.WhatsAppRenderer;
import io.bookline.wording.Formats;
import io.bookline.wording.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Options that say a day and a time, in the words the dialogue offers them in each language, as
 * each platform titles them: never two alike when the options differ (QA: "jueves 3 de…" three
 * times on Messenger for 13:45, 14:00 and 16:00), and a tap still sends the whole option.
 */
class OptionTitlesTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Map<String, String> WA = Map.of("account", "106540352242922", "to", "4917");
  static final Map<String, String> TG = Map.of("account", "demo", "chatId", "777");
  static final Map<String, String> FB = Map.of("account", "12345654332", "to", "9876");

  /** Thursday 3 December 2026 at 13:45, 14:00 and 16:00. */
  static final List<Instant> ONE_DAY = List.of(at(3, 13, 45), at(3, 14, 0), at(3, 16, 0));

  /** The same, and Friday 4 December at 15:00. */
  static final List<Instant> TWO_DAYS =
      List.of(at(3, 13, 45), at(3, 14, 0), at(3, 16, 0), at(4, 15, 0));

  static Instant at(int day, int hour, int minute) {
    return ZonedDateTime.of(2026, 12, day, hour, minute, 0, 0, BERLIN).toInstant();
  }

  static Formats formats(String language) {
    return Messages.forLocale(Locale.forLanguageTag(language)).formats();
  }

  /** The times as the dialogue offers them when it names their days ("format.when"). */
  static List<String> when(String language, List<Instant> times) {
    return times.stream().map(t -> formats(language).when(t, BERLIN)).toList();
  }

  static Map<String, String> in(Map<String, String> address, String language) {
    return Renderer.inLanguage(address, language);
  }

  static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.at(field).asText()));
    return out;
  }

  // ------------------------------------------------------------------ Messenger quick replies

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Thu 3 Dec at 13:45 | Thu 3 Dec at 14:00 | Thu 3 Dec at 16:00",
        "de | 13:45              | 14:00              | 16:00",
        "es | 13:45              | 14:00              | 16:00"
      })
  void messenger_times_on_one_day_read_apart(String language, String a, String b, String c) {
    List<String> options = when(language, ONE_DAY);
    JsonNode replies =
        new MessengerRenderer()
            .render(in(FB, language), new OutboundMessage("Which time?", options))
            .at("/message/quick_replies");
    assertThat(texts(replies, "/title")).containsExactly(a, b, c);
    assertThat(texts(replies, "/payload"))
        .containsExactlyElementsOf(options.stream().map(o -> "opt:" + o).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Thu 3 Dec at 13:45 | Thu 3 Dec at 14:00 | Thu 3 Dec at 16:00 | Fri 4 Dec at 15:00",
        "de | Do 3.12. 13:45     | Do 3.12. 14:00     | Do 3.12. 16:00     | Fr 4.12. 15:00",
        "es | jue 3 dic 13:45    | jue 3 dic 14:00    | jue 3 dic 16:00    | vie 4 dic 15:00"
      })
  void messenger_times_on_several_days_keep_a_short_day(
      String language, String a, String b, String c, String d) {
    List<String> options = when(language, TWO_DAYS);
    JsonNode replies =
        new MessengerRenderer()
            .render(in(FB, language), new OutboundMessage("Which time?", options))
            .at("/message/quick_replies");
    assertThat(texts(replies, "/title")).containsExactly(a, b, c, d);
  }

  @Test
  void booking_labels_with_a_day_and_time_are_read_as_well() {
    // The bookings to cancel or move are offered as "format.day_time": "…, 13:45 Uhr".
    List<String> options = TWO_DAYS.stream().map(t -> formats("de").dayAndTime(t, BERLIN)).toList();
    assertThat(options.get(0)).isEqualTo("Donnerstag, 3. Dezember, 13:45 Uhr");
    JsonNode replies =
        new MessengerRenderer()
            .render(in(FB, "de"), new OutboundMessage("Welcher?", options))
            .at("/message/quick_replies");
    assertThat(texts(replies, "/title"))
        .containsExactly("Do 3.12. 13:45", "Do 3.12. 14:00", "Do 3.12. 16:00", "Fr 4.12. 15:00");
  }

  // ------------------------------------------------------------------ WhatsApp buttons and lists

  @ParameterizedTest(name = "{0}")
  @CsvSource({"de", "es"})
  void whatsapp_three_times_on_one_day_are_buttons_with_the_times(String language) {
    List<String> options = when(language, ONE_DAY);
    JsonNode interactive =
        new WhatsAppRenderer()
            .render(in(WA, language), new OutboundMessage("?", options))
            .path("interactive");
    assertThat(interactive.path("type").asText()).isEqualTo("button");
    JsonNode buttons = interactive.at("/action/buttons");
    assertThat(texts(buttons, "/reply/title")).containsExactly("13:45", "14:00", "16:00");
    assertThat(texts(buttons, "/reply/id"))
        .containsExactlyElementsOf(options.stream().map(o -> "opt:" + o).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Thu 3 Dec at 13:45 | Fri 4 Dec at 15:00",
        "de | Do 3.12. 13:45     | Fr 4.12. 15:00",
        "es | jue 3 dic 13:45    | vie 4 dic 15:00"
      })
  void whatsapp_list_rows_read_apart_and_describe_the_whole_option(
      String language, String first, String last) {
    List<String> options = when(language, TWO_DAYS);
    JsonNode rows =
        new WhatsAppRenderer()
            .render(in(WA, language), new OutboundMessage("?", options))
            .at("/interactive/action/sections/0/rows");
    List<String> titles = texts(rows, "/title");
    assertThat(titles).hasSize(4).doesNotHaveDuplicates().startsWith(first).endsWith(last);
    for (int i = 0; i < 4; i++) {
      JsonNode row = rows.get(i);
      assertThat(row.path("id").asText()).isEqualTo("opt:" + options.get(i));
      if (!titles.get(i).equals(options.get(i))) {
        assertThat(row.path("description").asText()).isEqualTo(options.get(i));
      }
    }
  }

  @Test
  void whatsapp_options_that_differ_only_past_the_limit_get_row_titles_that_differ() {
    // Not a day and time in any language: told apart by the words where they differ.
    List<String> options =
        List.of(
            "Maniküre für Hände und Füße mit Gel",
            "Maniküre für Hände und Füße ohne Gel",
            "Maniküre für Hände und Füße klassisch",
            "Pediküre");
    JsonNode rows =
        new WhatsAppRenderer()
            .render(in(WA, "de"), new OutboundMessage("?", options))
            .at("/interactive/action/sections/0/rows");
    List<String> titles = texts(rows, "/title");
    assertThat(titles)
        .containsExactly(
            "Maniküre für… mit Gel",
            "Maniküre für… ohne Gel",
            "Maniküre für… klassisch",
            "Pediküre");
    titles.forEach(t -> assertThat(t.length()).isLessThanOrEqualTo(24));
  }

  // ------------------------------------------------------------------ Telegram

  @ParameterizedTest(name = "{0}")
  @CsvSource({"de", "es"})
  void telegram_buttons_show_the_times_and_send_the_whole_option(String language) {
    List<String> options = when(language, ONE_DAY);
    JsonNode row =
        new TelegramRenderer()
            .render(in(TG, language), new OutboundMessage("?", options))
            .at("/reply_markup/inline_keyboard/0");
    assertThat(texts(row, "/text")).containsExactly("13:45", "14:00", "16:00");
    assertThat(texts(row, "/callback_data")).containsExactlyElementsOf(options);
  }

  // ------------------------------------------------------------------ any long options

  @Test
  void options_that_differ_never_get_the_same_title_on_any_platform() {
    List<List<String>> cases =
        List.of(
            List.of("Thursday 26 November at 14:11 with Anna", "Thursday 26 November at 14:12"),
            List.of(
                "Nagelmodellage" + "x".repeat(20) + "1", "Nagelmodellage" + "x".repeat(20) + "2"),
            List.of("a " + "b".repeat(40) + " x", "a " + "b".repeat(40) + " y"),
            when("de", ONE_DAY).stream().map(o -> o + " bei Anna").toList());
    for (List<String> options : cases) {
      for (int max : new int[] {20, 24}) {
        List<String> titles = Titles.fit(options, max, Locale.GERMAN);
        assertThat(titles).as("%s in %d", options, max).doesNotHaveDuplicates();
        titles.forEach(t -> assertThat(t.codePointCount(0, t.length())).isBetween(1, max));
      }
    }
  }

  @Test
  void titles_that_fit_and_differ_are_left_as_they_are() {
    List<String> options = List.of("Yes", "No", "Talk to a person");
    assertThat(Titles.fit(options, 20, Locale.ENGLISH)).isEqualTo(options);
    Map<String, String> noLanguage = new HashMap<>(FB);
    assertThat(
            texts(
                new MessengerRenderer()
                    .render(noLanguage, new OutboundMessage("?", options))
                    .at("/message/quick_replies"),
                "/title"))
        .isEqualTo(options);
  }
}
