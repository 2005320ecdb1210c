package io.bookline.support;

import static io.bookline.db.Schema.Bookings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps chat tests take again and again over the web chat of a {@link TestApp}: book by chat,
 * say yes in a row's language, read the bookings table back, and see whether a conversation went to
 * a person. Build one next to the app: {@code final ChatSteps chat = new ChatSteps(app);}.
 */
public final class ChatSteps {
  private final TestApp app;

  public ChatSteps(TestApp app) {
    this.app = app;
  }

  /** "Yes" in the language of a test row: {@code EN}, {@code DE} or {@code ES}. */
  public static String yes(String language) {
    return switch (language) {
      case "EN" -> "yes";
      case "DE" -> "ja";
      case "ES" -> "sí";
      default -> throw new IllegalArgumentException("no language " + language + "; EN, DE or ES");
    };
  }

  /**
   * Asks for {@code request}, gives {@code name} when asked for it, says {@code yes} to the
   * confirmation, and checks the reply says it is booked (in English, German or Spanish).
   */
  public void book(String user, String request, String name, String yes) {
    app.say(user, request);
    app.say(user, name);
    assertThat(app.say(user, yes)).containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
  }

  /**
   * Books a Pedicure on Monday 30 November 2026 at {@code hour}:00 in the row's language ({@code
   * EN}, {@code DE} or {@code ES}), as Lena Park, Jonas Weber or Lucía García.
   */
  public void bookPedicureOnMonday30November(String user, String language, int hour) {
    switch (language) {
      case "EN" ->
          book(user, "pedicure on 30 november at " + englishHour(hour), "Lena Park", "yes");
      case "DE" ->
          book(
              user,
              "Ich hätte gern eine Pediküre am 30. November um " + hour + " Uhr",
              "Jonas Weber",
              "ja");
      case "ES" ->
          book(user, "quiero una pedicura el 30 de noviembre a las " + hour, "Lucía García", "sí");
      default -> throw new IllegalArgumentException("no language " + language + "; EN, DE or ES");
    }
  }

  /**
   * {@code user} writing in German or Spanish: every reply they get, and each of its options, is
   * checked for {@code english} words (see {@link EnglishWords}).
   */
  public Customer customer(String user, EnglishWords english) {
    return new Customer(user, english);
  }

  /** One customer's side of a chat in their own language; see {@link #customer}. */
  public final class Customer {
    private final String user;
    private final EnglishWords english;

    private Customer(String user, EnglishWords english) {
      this.user = user;
      this.english = english;
    }

    /** Says {@code text} and returns the first reply, which must hold no English word. */
    public String say(String text) {
      TestApp.Response r = app.chat("demo", user, text);
      assertThat(r.status()).as(text).isEqualTo(200);
      JsonNode reply = r.json().get("replies").get(0);
      String said = reply.get("text").asText();
      List<String> found = new ArrayList<>(english.in(said));
      for (JsonNode option : reply.path("options")) {
        found.addAll(english.in(option.asText()));
      }
      assertThat(found).as("English in the reply to '%s': %s", text, said).isEmpty();
      return said;
    }
  }

  /**
   * Says {@code text} as {@code user}, which must be answered 200: every reply's text, in order.
   */
  public List<String> replies(String user, String text) {
    TestApp.Response r = app.chat("demo", user, text);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> texts = new ArrayList<>();
    for (JsonNode reply : r.json().get("replies")) {
      texts.add(reply.get("text").asText());
    }
    return texts;
  }

  /** The id of {@code user}'s conversation. */
  public long conversation(String user) {
    return ((Number)
            app.app()
                .database()
                .dsl()
                .fetchValue(
                    "select c.id from conversations c join customers u on u.id = c.customer_id"
                        + " where u.platform_user_id = ?",
                    user))
        .longValue();
  }

  /** The status of {@code user}'s conversation: "bot", or "handoff" while a person has it. */
  public String status(String user) {
    return String.valueOf(
        app.app()
            .database()
            .dsl()
            .fetchValue(
                "select c.status from conversations c join customers u on u.id = c.customer_id"
                    + " where u.platform_user_id = ?",
                user));
  }

  /** Checks that {@code user}'s conversation is with a person now, not with the bot. */
  public void assertHandedOver(String user) {
    assertThat(status(user)).as("status of %s's conversation", user).isEqualTo("handoff");
  }

  /** Checks that the bot still has {@code user}'s conversation: nothing was handed to a person. */
  public void assertNotHandedOver(String user) {
    assertThat(status(user)).as("status of %s's conversation", user).isEqualTo("bot");
  }

  /** Every booking's status ("confirmed", "cancelled" …), in the order they were made. */
  public List<String> statuses() {
    return app.app()
        .database()
        .dsl()
        .select(Bookings.STATUS)
        .from(Bookings.T)
        .orderBy(Bookings.ID)
        .fetch(Bookings.STATUS);
  }

  /** Every booking's start, in the order they were made. */
  public List<Instant> starts() {
    return app
        .app()
        .database()
        .dsl()
        .select(Bookings.STARTS_AT)
        .from(Bookings.T)
        .orderBy(Bookings.ID)
        .fetch(Bookings.STARTS_AT)
        .stream()
        .map(OffsetDateTime::toInstant)
        .toList();
  }

  /** 11 → "11am", 14 → "2pm": the way English rows write a whole hour. */
  private static String englishHour(int hour) {
    if (hour == 0 || hour == 12) {
      return "12" + (hour == 0 ? "am" : "pm");
    }
    return hour < 12 ? hour + "am" : (hour - 12) + "pm";
  }
}
