package io.bookline.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words typed the way people type on a phone, and real words that must stay themselves. */
class SpellingTest {
  static final List<Named> SERVICES =
      List.of(
          new Named(1, "Basic Manicure", List.of("basic", "classic manicure")),
          new Named(2, "Gel Manicure", List.of("gel", "shellac")),
          new Named(3, "Pedicure", List.of("pedi", "feet")));
  static final List<Named> STAFF = List.of(new Named(10, "Anna"), new Named(11, "Frida"));
  static final RuleUnderstanding RULES = new RuleUnderstanding(Lexicon.english());

  static Reading read(String text) {
    return RULES.interpret(
        text,
        new UnderstandingContext(
            LocalDateTime.parse("2026-03-10T10:00:00"),
            ZoneId.of("Europe/London"),
            Locale.UK,
            SERVICES,
            STAFF,
            Expectation.NOTHING));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I want to cancle my apointment | CANCEL",
        "canel my booking | CANCEL",
        "cancell my appt pls | CANCEL",
        "wat r ur pricess | ASK_PRICE",
        "wats the prise of a gel manicure | ASK_PRICE",
        "how much dose a pedicure cost | ASK_PRICE",
        "whats ur adress | ASK_ADDRESS",
        "where are you locatd | ASK_ADDRESS",
        "r u open on sunday | ASK_HOURS",
        "wat time do u close | ASK_HOURS",
        "wat servises do u have | ASK_SERVICES",
        "can i make an apointment | BOOK",
        "any availabilty on friday | BOOK",
        "i'd like to reschedual | RESCHEDULE",
        "rescedule my booking please | RESCHEDULE",
        "can i talk to a humna | HANDOFF",
        "i want to speak to the manegr | HANDOFF",
        "thnks | THANKS",
        "helo | GREETING",
        "confrim | YES",
        "absolutly | YES",
      })
  void a_misspelled_intent_word_is_read_as_the_word(String text, Intent intent) {
    assertEquals(intent, read(text).intent());
  }

  @ParameterizedTest(name = "{0} is not {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I have cancer | CANCEL",
        "light a candle for me | CANCEL",
        "what a lovely prince | ASK_PRICE",
        "I won a prize | ASK_PRICE",
        "my house is far away | ASK_HOURS",
        "is this ours | ASK_HOURS",
        "I'll alter my plans | CANCEL",
        "the prices are fine | CANCEL",
        "look at that | BOOK",
      })
  void a_real_word_is_not_bent_into_another_intent(String text, Intent notThis) {
    assertNotEquals(notThis, read(text).intent());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "is there a match today",
        "that was a lovely sundae",
        "I'd love a fried egg",
        "I'm in mourning",
        "the weather is fine",
        "there are three of us",
        "this is my friend",
        "monkey business",
        "Frida please",
        "Eve",
        "Marcy",
      })
  void a_real_word_near_a_day_word_names_no_other_day_or_time(String text) {
    Reading r = read(text);
    assertNull(r.time(), "time of " + text);
    assertNull(r.partOfDay(), "part of day of " + text);
    if (r.date() != null) {
      assertEquals(LocalDateTime.parse("2026-03-10T10:00:00").toLocalDate(), r.date(), text);
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "gel manicur | 2",
        "a gel mani | 2",
        "shellack please | 2",
        "pedicur | 3",
        "pedikure | 3",
        "peddicure tomorrow | 3",
        "basic manicuer | 1",
        "manicuer | -",
      })
  void a_misspelled_service_is_found_in_the_business_catalog(String text, Long service) {
    assertEquals(service, read(text).serviceId());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "gel manicur on fridy aftr 3 | 2 | 2026-03-13 | 15:00 | AFTER",
        "I'd like a gel manicure tomorow at 2pm | 2 | 2026-03-11 | 14:00 | AT",
        "pedicrue on wendsday around 11 | 3 | 2026-03-11 | 11:00 | AROUND",
      })
  void every_slot_of_a_misspelled_message_is_read(
      String text, long service, String date, String time, TimeQualifier qualifier) {
    Reading r = read(text);
    assertEquals(service, r.serviceId());
    assertEquals(date, String.valueOf(r.date()));
    assertEquals(time, String.valueOf(r.time()));
    assertEquals(qualifier, r.qualifier());
  }
}
