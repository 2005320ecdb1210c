package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review of 99fbd8a (ADR 0115): the writer's own name, asked for a booking that is someone else's,
 * trapped the customer: "yes" got the question again and again, and "no" then dropped the booking;
 * "thx" was taken as the name. A yes or thanks instead of a name books what was asked, as before
 * ADR 0115, and thanks are never the name. Spanish "ambas" ("both") is no one's name. Over the web
 * chat on Postgres, Friday 27 Nov 2026, 10:00, the demo studio.
 */
class WritersNameAskedOnceChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure for my mum Helen on monday at 4pm | yes | own name | Booked!",
        "a pedicure for my mum Helen on monday at 11 | thx | own name | Booked!",
        "eine Maniküre für meine Mama Helga am Montag um 16 Uhr | ja | eigener Name | Gebucht!",
        "una manicura para mi madre Carmen el lunes a las 17 | sí | tu nombre | ¡Reservado!",
      })
  void a_yes_instead_of_the_writers_name_books_it(
      String request, String yes, String asked, String booked) {
    String user = "w" + request.hashCode();
    assertThat(app.say(user, request)).contains(asked);
    assertThat(app.say(user, yes)).contains(booked).doesNotContain("Thx");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Quiero una pedicura para mí y otra para mi hija, ambas el 31 de diciembre a las 10, me"
            + " llamo Bea",
      })
  void both_is_no_name(String request) {
    String user = "b" + request.hashCode();
    String first = app.say(user, request);
    String next = app.say(user, "sí");
    assertThat(first + next).doesNotContain("Ambas");
  }
}
