package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which words {@link ForWhom} reads as a person of a party ({@link Evidence#whom()}, ADR 0086):
 * whose booking ("Lily's", "den für Lily", "la de Lily") or who cannot come ("my friend can't come
 * after all"); days, pronouns, kin words and the customer's own "I can't" are none.
 */
class ForWhomTest {
  private static final Understanding NOTHING =
      new Understanding() {
        @Override
        public Reading interpret(String text, UnderstandingContext context) {
          return Reading.nothing("test");
        }

        @Override
        public String name() {
          return "test";
        }
      };

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "cancel Lily's appointment | Lily | false",
        "cancel Lily’s appointment | Lily | false",
        "the one for Lily please | Lily | false",
        "Lily's | Lily | false",
        "move Lily's to 4pm | Lily | false",
        "cancel today's appointment | | false",
        "cancel my daughter's appointment | | false",
        "let's do friday | | false",
        "it's fine | | false",
        "ich schaff's nicht morgen | | false",
        "wie geht's? | | false",
        "klappt's am Montag? | | false",
        "cancel lily's, please | lily | false",
        "an appointment for tomorrow | | false",
        "Ich möchte Lilys Termin absagen | Lily | false",
        "den für Lily bitte | Lily | false",
        "die von Lily | Lily | false",
        "meinen Termin absagen | | false",
        "den Termin für Freitag | | false",
        "la cita de Sofía | Sofía | false",
        "la de sofia | sofia | false",
        "la cita del lunes | | false",
        "la de mañana | | false",
        "la cita de las 10 | | false",
        "la de ayer | | false",
        "den von gestern | | false",
        "my friend can't come after all | | true",
        "Lily can't make it after all | Lily | true",
        "she can't come | | true",
        "I can't come on friday | | false",
        "meine Freundin kann doch nicht | | true",
        "meine Tochter kann leider nicht kommen | | true",
        "ich kann doch nicht | | false",
        "meine Freundin kann um 10 | | false",
        "mi amiga al final no puede venir | | true",
        "al final mi hija no puede venir | | true",
        "no puedo venir | | false",
      })
  void reads_whose_booking_and_who_cannot_come(String text, String name, boolean notComing) {
    Whom whom = new ForWhom(NOTHING).interpret(text, null).evidence().whom();

    assertThat(whom.name()).isEqualTo(name);
    assertThat(whom.notComing()).isEqualTo(notComing);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "move Lily's to 4pm | RESCHEDULE",
        "cancel Lily's appointment | NONE",
        "my friend can't come after all | NONE",
      })
  void a_move_verb_with_whose_booking_is_a_move(String text, Intent intent) {
    assertThat(new ForWhom(NOTHING).interpret(text, null).intent()).isEqualTo(intent);
  }
}
