package io.bookline.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.channel.messenger.MessengerRenderer;
import io.bookline.channel.telegram.TelegramRenderer;
import io.bookline.channel.web.WebRenderer;
import io.bookline.channel.whatsapp.WhatsAppRenderer;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Each platform's rendering of a reply with options, on its own: the exact payload within the
 * platform's limits, and numbered text beyond them.
 */
class RenderTest {
  static final Map<String, String> WA = Map.of("account", "106540352242922", "to", "4917");
  static final Map<String, String> TG = Map.of("account", "demo", "chatId", "777");
  static final Map<String, String> FB = Map.of("account", "12345654332", "to", "9876");

  static OutboundMessage reply(String text, List<String> options) {
    return new OutboundMessage(text, options);
  }

  static List<String> options(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> "Option " + i).toList();
  }

  static JsonNode json(String s) throws Exception {
    return Requests.JSON.readTree(s);
  }

  // ------------------------------------------------------------------ WhatsApp

  @Test
  void whatsapp_up_to_three_short_options_are_reply_buttons_whose_ids_carry_the_option()
      throws Exception {
    ObjectNode payload =
        new WhatsAppRenderer().render(WA, reply("Shall I book it?", List.of("Yes", "No")));
    assertEquals(
        json(
            """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"4917",
             "type":"interactive","interactive":{"body":{"text":"Shall I book it?"},"type":"button",
             "action":{"buttons":[
               {"type":"reply","reply":{"id":"opt:Yes","title":"Yes"}},
               {"type":"reply","reply":{"id":"opt:No","title":"No"}}]}}}
            """),
        payload);
  }

  @Test
  void whatsapp_four_to_ten_options_are_one_list_section() throws Exception {
    for (int n : new int[] {4, 10}) {
      JsonNode interactive =
          new WhatsAppRenderer().render(WA, reply("Free times:", options(n))).get("interactive");
      assertEquals("list", interactive.get("type").asText());
      assertEquals("Choose", interactive.get("action").get("button").asText());
      JsonNode rows = interactive.get("action").get("sections").get(0).get("rows");
      assertEquals(n, rows.size());
      assertEquals(json("{\"id\":\"opt:Option 1\",\"title\":\"Option 1\"}"), rows.get(0));
    }
  }

  @Test
  void whatsapp_a_lists_button_and_section_title_are_in_the_replys_language() {
    Map<String, String> expected =
        Map.of("en", "Choose/Options", "de", "Auswählen/Optionen", "es", "Elegir/Opciones");
    expected.forEach(
        (language, words) -> {
          JsonNode action =
              new WhatsAppRenderer()
                  .render(Renderer.inLanguage(WA, language), reply("?", options(4)))
                  .get("interactive")
                  .get("action");
          assertEquals(
              words, action.get("button").asText() + "/" + action.at("/sections/0/title").asText());
        });
    // A reply queued before replies carried their language, or to a language without words of
    // its own, gets the English ones.
    JsonNode unknown =
        new WhatsAppRenderer()
            .render(Renderer.inLanguage(WA, "fr"), reply("?", options(4)))
            .get("interactive");
    assertEquals("Choose", unknown.at("/action/button").asText());
  }

  @Test
  void whatsapp_a_title_too_long_for_a_button_but_fit_for_a_row_makes_a_list() {
    String longish = "x".repeat(24);
    JsonNode payload = new WhatsAppRenderer().render(WA, reply("Which?", List.of("a", longish)));
    assertEquals("list", payload.get("interactive").get("type").asText());
  }

  @Test
  void whatsapp_beyond_its_limits_the_options_are_numbered_text() {
    var renderer = new WhatsAppRenderer();
    List<OutboundMessage> tooMuch =
        List.of(reply("Free times:", options(11)), reply("y".repeat(1025), List.of("Yes", "No")));
    for (OutboundMessage m : tooMuch) {
      JsonNode payload = renderer.render(WA, m);
      assertEquals("text", payload.get("type").asText());
      assertEquals(m.textWithNumberedOptions(), payload.get("text").get("body").asText());
      assertFalse(payload.has("interactive"));
    }
    assertTrue(
        renderer
            .render(WA, reply("Free times:", options(11)))
            .get("text")
            .get("body")
            .asText()
            .endsWith("\n11. Option 11"));
  }

  @Test
  void whatsapp_a_reply_without_options_is_plain_text() throws Exception {
    assertEquals(
        json(
            """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"4917",
             "type":"text","text":{"body":"We're open"}}
            """),
        new WhatsAppRenderer().render(WA, reply("We're open", List.of())));
  }

  // ------------------------------------------------------------------ Telegram

  @Test
  void telegram_options_are_an_inline_keyboard_three_to_a_row() throws Exception {
    assertEquals(
        json(
            """
            {"chat_id":"777","text":"Free times:","reply_markup":{"inline_keyboard":[
              [{"text":"Option 1","callback_data":"Option 1"},
               {"text":"Option 2","callback_data":"Option 2"},
               {"text":"Option 3","callback_data":"Option 3"}],
              [{"text":"Option 4","callback_data":"Option 4"}]]}}
            """),
        new TelegramRenderer().render(TG, reply("Free times:", options(4))));
  }

  @Test
  void telegram_an_option_over_64_bytes_of_callback_data_makes_numbered_text() {
    var renderer = new TelegramRenderer();
    String fits = "ü".repeat(32); // 64 bytes
    assertTrue(renderer.render(TG, reply("Which?", List.of(fits))).has("reply_markup"));
    OutboundMessage over = reply("Which?", List.of("ok", "ü".repeat(33)));
    ObjectNode payload = renderer.render(TG, over);
    assertFalse(payload.has("reply_markup"));
    assertEquals(over.textWithNumberedOptions(), payload.get("text").asText());
  }

  @Test
  void telegram_a_reply_without_options_has_no_keyboard() throws Exception {
    assertEquals(
        json("{\"chat_id\":\"777\",\"text\":\"Booked!\"}"),
        new TelegramRenderer().render(TG, reply("Booked!", List.of())));
  }

  // ------------------------------------------------------------------ Messenger

  @Test
  void messenger_up_to_thirteen_short_options_are_quick_replies() throws Exception {
    ObjectNode payload = new MessengerRenderer().render(FB, reply("Shall I?", List.of("Yes")));
    assertEquals(
        json(
            """
            {"recipient":{"id":"9876"},"messaging_type":"RESPONSE","message":{"text":"Shall I?",
             "quick_replies":[{"content_type":"text","title":"Yes","payload":"opt:Yes"}]}}
            """),
        payload);
    assertEquals(
        13,
        new MessengerRenderer()
            .render(FB, reply("Pick", options(13)))
            .get("message")
            .get("quick_replies")
            .size());
  }

  @Test
  void messenger_fourteen_options_make_numbered_text() {
    for (OutboundMessage m : List.of(reply("Pick", options(14)))) {
      JsonNode message = new MessengerRenderer().render(FB, m).get("message");
      assertFalse(message.has("quick_replies"));
      assertEquals(m.textWithNumberedOptions(), message.get("text").asText());
    }
  }

  // ------------------------------------------------------------------ web

  @Test
  void the_web_chat_gets_text_and_every_option_as_given() throws Exception {
    assertEquals(
        json("{\"text\":\"Free times:\",\"options\":[\"09:00\",\"09:30\"]}"),
        new WebRenderer().render(Map.of(), reply("Free times:", List.of("09:00", "09:30"))));
    assertEquals(
        20, new WebRenderer().render(Map.of(), reply("Pick", options(20))).get("options").size());
    assertEquals(
        json("{\"text\":\"Hi\",\"options\":[]}"),
        new WebRenderer().render(Map.of(), reply("Hi", List.of())));
  }
}
