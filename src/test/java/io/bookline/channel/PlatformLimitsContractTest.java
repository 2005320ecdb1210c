package io.bookline.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.bookline.channel.messenger.MessengerChannel;
import io.bookline.channel.messenger.MessengerRenderer;
import io.bookline.channel.telegram.TelegramChannel;
import io.bookline.channel.telegram.TelegramRenderer;
import io.bookline.channel.whatsapp.WhatsAppChannel;
import io.bookline.channel.whatsapp.WhatsAppRenderer;
import io.bookline.support.Fixtures;
import io.bookline.support.TestApp;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Contract tests of each platform's hard limits (issue 16): 2, 3, 4, 10, 11 and 20 options, short
 * and long titles. Whatever is rendered never breaks a limit; every option is either a native
 * choice whose tap, read back through the platform's real inbound shape (the fixtures), is exactly
 * the option's text, or written out as numbered text; a title too long is shortened with a mark,
 * and options that differ never share a title.
 */
class PlatformLimitsContractTest {
  static final Map<String, String> WA = Map.of("account", "10634295353625", "to", "491234567890");
  static final Map<String, String> FB = Map.of("account", "1234567890321", "to", "987654321432");
  static final Map<String, String> TG = Map.of("account", "demo", "chatId", "222222222");
  static final Clock CLOCK = Clock.fixed(TestApp.MONDAY_8AM_BERLIN, ZoneOffset.UTC);
  static final Directory DIRECTORY = MemoryDirectory.everyAccount(Requests.SECRETS);

  static Stream<Arguments> cases() {
    List<Arguments> all = new ArrayList<>();
    for (int n : new int[] {2, 3, 4, 10, 11, 20}) {
      all.add(Arguments.of(n, "short", options(n, i -> "Option " + i)));
      all.add(
          Arguments.of(
              n, "long", options(n, i -> "Thursday 26 November at 14:" + (10 + i) + " with Anna")));
      all.add(
          Arguments.of(n, "one long word", options(n, i -> "Nagelmodellage" + "x".repeat(20) + i)));
      all.add(Arguments.of(n, "umlauts", options(n, i -> "Maniküre für Hände und Füße " + i)));
      all.add(
          Arguments.of(
              n,
              "German days and times",
              options(
                  n,
                  i -> "Donnerstag, 3. Dezember um %02d:%02d".formatted(9 + i / 4, i % 4 * 15))));
    }
    return all.stream();
  }

  static List<String> options(int n, java.util.function.IntFunction<String> f) {
    return IntStream.rangeClosed(1, n).mapToObj(f).toList();
  }

  @ParameterizedTest(name = "WhatsApp, {0} options, {1} titles")
  @MethodSource("cases")
  void whatsapp(int n, String kind, List<String> options) throws Exception {
    var m = new OutboundMessage("Which one?", options);
    JsonNode p = new WhatsAppRenderer().render(WA, m);
    if (p.path("type").asText().equals("text")) {
      assertThat(p.path("text").path("body").asText()).isEqualTo(m.textWithNumberedOptions());
      assertThat(n).as("only beyond the list's 10 rows").isGreaterThan(10);
      return;
    }
    JsonNode interactive = p.path("interactive");
    assertThat(interactive.path("body").path("text").asText().length()).isLessThanOrEqualTo(1024);
    List<String> ids = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    if (interactive.path("type").asText().equals("button")) {
      JsonNode buttons = interactive.path("action").path("buttons");
      assertThat(buttons.size()).isLessThanOrEqualTo(3);
      for (JsonNode b : buttons) {
        String title = b.path("reply").path("title").asText();
        assertThat(title.length()).isBetween(1, 20);
        titles.add(title);
        ids.add(b.path("reply").path("id").asText());
      }
    } else {
      assertThat(interactive.path("type").asText()).isEqualTo("list");
      assertThat(interactive.path("action").path("button").asText().length())
          .isLessThanOrEqualTo(20);
      JsonNode rows = interactive.path("action").path("sections").get(0).path("rows");
      assertThat(rows.size()).isLessThanOrEqualTo(10);
      for (int i = 0; i < rows.size(); i++) {
        JsonNode row = rows.get(i);
        String title = row.path("title").asText();
        assertThat(title.length()).isBetween(1, 24);
        legible(title, options.get(i));
        titles.add(title);
        assertThat(row.path("description").asText("").length()).isLessThanOrEqualTo(72);
        ids.add(row.path("id").asText());
      }
    }
    assertThat(ids).hasSize(n);
    assertThat(new HashSet<>(ids)).hasSize(n);
    assertThat(titles).as("options that differ are titled apart").doesNotHaveDuplicates();
    for (int i = 0; i < n; i++) {
      assertThat(ids.get(i).length()).isLessThanOrEqualTo(200);
      assertThat(tapOnWhatsApp(ids.get(i)))
          .as("a tap reads as typing it")
          .isEqualTo(options.get(i));
    }
  }

  @ParameterizedTest(name = "Messenger, {0} options, {1} titles")
  @MethodSource("cases")
  void messenger(int n, String kind, List<String> options) throws Exception {
    var m = new OutboundMessage("Which one?", options);
    JsonNode message = new MessengerRenderer().render(FB, m).path("message");
    if (!message.has("quick_replies")) {
      assertThat(message.path("text").asText()).isEqualTo(m.textWithNumberedOptions());
      assertThat(n).isGreaterThan(13);
      return;
    }
    JsonNode replies = message.path("quick_replies");
    assertThat(replies.size()).isEqualTo(n).isLessThanOrEqualTo(13);
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String title = replies.get(i).path("title").asText();
      assertThat(title.length()).isBetween(1, 20);
      legible(title, options.get(i));
      titles.add(title);
      String payload = replies.get(i).path("payload").asText();
      assertThat(payload.length()).isLessThanOrEqualTo(1000);
      assertThat(tapOnMessenger(payload)).isEqualTo(options.get(i));
    }
    assertThat(titles).as("options that differ are titled apart").doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "Telegram, {0} options, {1} titles")
  @MethodSource("cases")
  void telegram(int n, String kind, List<String> options) throws Exception {
    var m = new OutboundMessage("Which one?", options);
    JsonNode p = new TelegramRenderer().render(TG, m);
    if (!p.has("reply_markup")) {
      assertThat(p.path("text").asText()).isEqualTo(m.textWithNumberedOptions());
      assertThat(options.stream().anyMatch(o -> o.getBytes(StandardCharsets.UTF_8).length > 64))
          .isTrue();
      return;
    }
    List<JsonNode> buttons = new ArrayList<>();
    p.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(buttons::add));
    assertThat(buttons).hasSize(n);
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String title = buttons.get(i).path("text").asText();
      legible(title, options.get(i));
      titles.add(title);
      String data = buttons.get(i).path("callback_data").asText();
      assertThat(data.getBytes(StandardCharsets.UTF_8).length).isBetween(1, 64);
      assertThat(tapOnTelegram(data)).isEqualTo(options.get(i));
    }
    assertThat(titles).as("options that differ are titled apart").doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "a reminder''s action buttons on every platform")
  @MethodSource("actions")
  void action_ids_come_back_as_themselves(String id) throws Exception {
    assertThat(tapOnWhatsApp(id)).isEqualTo(id);
    assertThat(tapOnMessenger(id)).isEqualTo(id);
    assertThat(tapOnTelegram(id)).isEqualTo(id);
  }

  static Stream<String> actions() {
    return Stream.of("bk:keep:1", "bk:cancel:922337203685477580", "bk:move:42");
  }

  /**
   * A shortened title says the option in part: what it shows between its marks is in the option, in
   * that order (its start, and where it differs from the others).
   */
  static void legible(String title, String option) {
    if (title.equals(option)) {
      return;
    }
    assertThat(title).contains(Titles.MARK);
    int from = 0;
    for (String piece : title.split(Titles.MARK)) {
      String shown = piece.strip();
      if (shown.isEmpty()) {
        continue;
      }
      int at = option.indexOf(shown, from);
      assertThat(at).as("'%s' of '%s' is in '%s'", shown, title, option).isNotNegative();
      from = at + shown.length();
    }
  }

  static String tapOnWhatsApp(String id) throws Exception {
    String fixture =
        new String(Fixtures.bytes("whatsapp/interactive-button-reply.json"), StandardCharsets.UTF_8)
            .replace("\"unique-button-identifier-here\"", TextNode.valueOf(id).toString());
    return text(
        Requests.receive(
            new WhatsAppChannel(Requests.NO_API),
            Requests.meta(fixture.getBytes(StandardCharsets.UTF_8), Requests.SECRET),
            DIRECTORY));
  }

  static String tapOnMessenger(String payload) throws Exception {
    String fixture =
        new String(Fixtures.bytes("messenger/quick-reply.json"), StandardCharsets.UTF_8)
            .replace("\"PAYLOAD_QUICK_REPLY\"", TextNode.valueOf(payload).toString());
    return text(
        Requests.receive(
            new MessengerChannel(Requests.NO_API),
            Requests.meta(fixture.getBytes(StandardCharsets.UTF_8), Requests.SECRET),
            DIRECTORY));
  }

  static String tapOnTelegram(String data) throws Exception {
    String fixture =
        new String(Fixtures.bytes("telegram/callback-query.json"), StandardCharsets.UTF_8)
            .replace("\"thedata\"", TextNode.valueOf(data).toString());
    return text(
        Requests.receive(
            new TelegramChannel(Requests.NO_API, CLOCK),
            Requests.telegram(fixture.getBytes(StandardCharsets.UTF_8), "demo", Requests.SECRET),
            DIRECTORY));
  }

  static String text(List<WebhookEvent> events) {
    assertThat(events).hasSize(1);
    return ((WebhookEvent.Message) events.get(0)).message().text();
  }
}
