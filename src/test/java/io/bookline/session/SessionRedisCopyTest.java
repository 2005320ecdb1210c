package io.bookline.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bookline.Components;
import io.bookline.booking.DialogueState;
import io.bookline.understanding.HistoryLine;
import io.bookline.understanding.Language;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A turn's Redis copy of the session is built from the state and history it wrote to Postgres (ADR
 * 0119): the text must be exactly what encoding the whole session gives, so every instance and the
 * previous release read it as before.
 */
class SessionRedisCopyTest {
  private final SessionCodec codec = new SessionCodec(Components.objectMapper());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|what are your opening hours?|We are open Mon–Fri 09:00–18:00. Say \"book\" to start.",
        "DE|Habt ihr am Samstag für Pediküre noch was frei?|Samstag um 10:00 mit Jürgen?\\nJa/Nein",
        "ES|¿Tenéis hueco el sábado para una manicura?|El sábado a las 10:00 con Begoña 💅"
      })
  void the_redis_copy_from_the_written_parts_is_the_whole_sessions_text(
      String language, String customer, String bot) {
    Session before = codec.decodeSession(SessionCodecTest.OLD_SESSION);
    DialogueState state =
        before.state().withLanguage(Language.valueOf(language)).withBotReturned(true);
    Session s =
        before.next(
            7,
            3,
            state,
            Instant.parse("2026-11-28T06:00:00.123456Z"),
            List.of(
                new HistoryLine(HistoryLine.CUSTOMER, customer),
                new HistoryLine("bot", bot.translateEscapes())),
            20);

    String copy = codec.encodeSession(s, codec.encodeParts(s));

    assertEquals(codec.encodeSession(s), copy);
    assertEquals(s, codec.decodeSession(copy));
  }

  @ParameterizedTest
  @CsvSource({"EN", "DE", "ES"})
  void a_fresh_session_with_no_history_copies_the_same(String language) {
    Session fresh = Session.fresh("1:web:" + language.toLowerCase());
    Session s =
        fresh.next(
            9,
            4,
            fresh.state().withLanguage(Language.valueOf(language)),
            Instant.parse("2026-11-28T06:00:00Z"),
            List.of(),
            20);

    assertEquals(codec.encodeSession(s), codec.encodeSession(s, codec.encodeParts(s)));
  }
}
