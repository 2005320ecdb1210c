package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review of e22af5c: "with her", "bei ihr", "con ella" means whom the bot named last (ADR 0107),
 * also the staff member of the booking under way ("… at 09:00 with Marta for Ann. Shall I book
 * it?") and the one "who would do it?" named ("Those times are with Anna."); after a companion said
 * before it ("for my mum, I'm going with her") it is that person, and no staff member is asked for.
 * Over the web chat on Postgres, Friday 27 Nov 2026, 10:00, the demo studio (Anna and Marta).
 */
class WithHerHeldOrOfferedChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e1 | pedicure on monday at 9 with marta | Ann | actually can we do 12:15 with her?"
            + " | with Marta",
        "d1 | Pediküre am Montag um 9 bei Marta | Ute | geht auch 12:15 bei ihr? | bei Marta",
        "s1 | pedicura el lunes a las 9 con Marta | Pilar | ¿mejor a las 12:15 con ella?"
            + " | con Marta",
      })
  void her_is_the_staff_member_of_the_booking_under_way(
      String user, String request, String name, String withHer, String staff) {
    app.say(user, request);
    app.say(user, name);
    assertThat(app.say(user, withHer))
        .contains("12:15")
        .contains(staff)
        .doesNotContain("Who would you like")
        .doesNotContain("Bei wem möchten Sie")
        .doesNotContain("¿Con quién te gustaría");
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e2 | pedicure on monday | who would do it? | %s with her please"
            + " | Those times are with Anna. | with Anna",
        "d2 | Pediküre am Montag | wer macht das? | um %s bei ihr bitte"
            + " | Diese Termine sind bei Anna. | bei Anna",
        "s2 | pedicura el lunes | ¿quién me lo haría? | a las %s con ella"
            + " | Esas horas son con Anna. | con Anna",
      })
  void her_is_whom_who_would_do_it_named(
      String user, String request, String who, String withHer, String named, String staff) {
    Matcher first = Pattern.compile("\\d\\d:\\d\\d").matcher(app.say(user, request));
    assertThat(first.find()).isTrue();
    assertThat(app.say(user, who)).startsWith(named);
    assertThat(app.say(user, withHer.formatted(first.group())))
        .contains(first.group())
        .contains(staff)
        .doesNotContain("Who would you like")
        .doesNotContain("Bei wem möchten Sie")
        .doesNotContain("¿Con quién te gustaría");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e3 | i want a pedicure on wednesday at 11 for my mum, i'm going with her",
        "d3 | ich möchte eine Pediküre am Mittwoch um 11 für meine Mutter, ich gehe mit ihr",
        "s3 | quiero una pedicura el miércoles a las 11 para mi madre, voy con ella",
      })
  void her_after_a_companion_is_that_companion_and_no_staff_member(String user, String request) {
    assertThat(app.say(user, request))
        .doesNotContain("Who would you like")
        .doesNotContain("Bei wem möchten Sie")
        .doesNotContain("¿Con quién te gustaría")
        .doesNotContain("Her")
        .doesNotContain("Ella");
  }
}
