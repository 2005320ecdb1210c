package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the rules read a customer moving or asking about a booking in everyday words (the QA review
 * of the demo salon), in all three languages: pronoun forms and "instead" are a {@link
 * Intent#CHANGE} (the dialogue decides what "it" is), the day said with "I can't make it" is the
 * booking's ({@link Evidence#booked()}) and only the rest is the new wish, "same time" is left for
 * the dialogue to place, and questions about the booking list it. Read on Friday 27 Nov 2026.
 */
class ChangeReadingsTest {

  static Reading read(Language language, String text, Expectation expecting) {
    return ChatReviewPhrasesTest.read(text, language, expecting);
  }

  /** Language, message, intent, the new day, the booking's day ("-": none). */
  @ParameterizedTest(name = "{0}: {1} -> {2} new {3} booked {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "EN | can I move it to tuesday?                              | CHANGE     | 2026-12-01 | -",
        "EN | move it to tuesday                                     | CHANGE     | 2026-12-01 | -",
        "EN | push it to tuesday                                     | CHANGE     | 2026-12-01 | -",
        "EN | can we do tuesday instead?                             | CHANGE     | 2026-12-01 | -",
        "EN | make it tuesday please                                 | CHANGE     | 2026-12-01 | -",
        "EN | actually make it 5pm                                   | CHANGE     | -          | -",
        "EN | no, make it 5pm                                        | CHANGE     | -          | -",
        "EN | change it to 2pm                                       | CHANGE     | -          | -",
        "EN | I need a different day                                 | CHANGE     | -          | -",
        "EN | I can't come on friday                                 | CHANGE     | -          | 2026-11-27",
        "EN | I cant make it on monday, can we do wednesday instead? | CHANGE     | 2026-12-02 | 2026-11-30",
        "EN | I cant make it on monday can we do wednesday instead   | CHANGE     | 2026-12-02 | 2026-11-30",
        "EN | I can't make it on monday, what about wednesday?       | CHANGE     | 2026-12-02 | 2026-11-30",
        "EN | I can't make it on monday, can I reschedule?           | RESCHEDULE | -          | 2026-11-30",
        "EN | I can't make it on monday                              | CANCEL     | -          | 2026-11-30",
        "EN | I can't make it on monday, please cancel               | CANCEL     | -          | 2026-11-30",
        "EN | I don't want to move it                                | NO         | -          | -",
        "EN | yes I can make it                                      | BOOK       | -          | -",
        "EN | is my booking confirmed?                               | LIST       | -          | -",
        "EN | what time do I need to come?                           | LIST       | -          | -",
        "EN | when do I have to be there?                            | LIST       | -          | -",
        "DE | kann ich den Termin auf Dienstag legen?                | RESCHEDULE | 2026-12-01 | -",
        "DE | Können wir den Termin verlegen?                        | RESCHEDULE | -          | -",
        "DE | kannst du ihn auf Mittwoch verlegen?                   | CHANGE     | 2026-12-02 | -",
        "DE | geht stattdessen Dienstag?                             | CHANGE     | 2026-12-01 | -",
        "DE | Ich kann am Montag nicht kommen, geht Mittwoch?        | CHANGE     | 2026-12-02 | 2026-11-30",
        "DE | Ich kann morgen leider nicht kommen                    | CANCEL     | -          | 2026-11-28",
        "DE | ich kann am Montag nicht                               | CANCEL     | -          | 2026-11-30",
        "DE | ich schaffe es am Montag leider nicht                  | CANCEL     | -          | 2026-11-30",
        "DE | Montag kann ich nicht                                  | CANCEL     | -          | 2026-11-30",
        "DE | ich kann am Montag nicht, geht Mittwoch?               | CHANGE     | 2026-12-02 | 2026-11-30",
        "DE | ist mein Termin bestätigt?                             | LIST       | -          | -",
        "DE | wann muss ich da sein?                                 | LIST       | -          | -",
        "ES | cámbiala al martes                                     | CHANGE     | 2026-12-01 | -",
        "ES | ¿me lo mueves al miércoles?                            | CHANGE     | 2026-12-02 | -",
        "ES | no puedo ir el lunes, ¿me la cambias?                  | CHANGE     | -          | 2026-11-30",
        "ES | no puedo ir el lunes, mejor el miércoles               | CHANGE     | 2026-12-02 | 2026-11-30",
        "ES | Mañana no puedo ir                                     | CANCEL     | -          | 2026-11-28",
        "ES | ¿está confirmada mi cita?                              | LIST       | -          | -",
        "ES | ¿a qué hora tengo que ir?                              | LIST       | -          | -",
      })
  void moves_and_questions_about_the_booking(
      Language language, String text, Intent intent, LocalDate day, LocalDate booked) {
    Reading r = read(language, text, Expectation.NOTHING);
    assertThat(r.intent()).isEqualTo(intent);
    assertThat(r.date()).isEqualTo(day);
    assertThat(r.evidence().booked().date()).isEqualTo(booked);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | same time         | same time",
        "EN | wednesday, same time | same time",
        "DE | zur gleichen Zeit | gleichen Zeit",
        "ES | a la misma hora   | misma hora",
      })
  void same_time_is_left_for_the_dialogue_to_place(Language language, String text, String words) {
    Reading r = read(language, text, Expectation.TIME);
    assertThat(r.time()).isNull();
    assertThat(r.evidence().unresolved())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.reason()).isEqualTo(Unresolved.SAME_AS_BOOKED);
              assertThat(u.what()).isEqualTo(Unresolved.What.TIME);
              assertThat(u.words()).isEqualTo(words);
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"same time at 3pm", "same day at 15:00"})
  void same_time_with_a_clock_time_is_that_time(String text) {
    Reading r = read(Language.EN, text, Expectation.TIME);
    assertThat(r.time()).isEqualTo(LocalTime.of(15, 0));
    assertThat(r.evidence().unresolved()).isEmpty();
  }
}
