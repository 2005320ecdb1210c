package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QA chat on the demo (web chat, Postgres): a bare hour said with change words while a time is held
 * ("make it 5", "can we do 5 instead?", "actually 5") is that hour on the day held, 17:00 by the
 * business-hours rule, checked like any time; a change that names nothing keeps what is held and
 * the question under way. Monday 23 Nov 2026, 08:00; the demo studio.
 */
class BareHourChangeTest {
  static final String CONFIRM_1630 =
      "Basic Manicure on Wed 2 Dec at 16:30 with Anna for Jo, 25.00 EUR. Shall I book it?";
  static final String CONFIRM_1700 =
      "Basic Manicure on Wed 2 Dec at 17:00 with Anna for Jo, 25.00 EUR. Shall I book it?";

  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  void atTheConfirmation(String user) {
    assertThat(app.say(user, "basic manicure on wed 2 dec at 16:30"))
        .isEqualTo(
            "Basic Manicure on Wed 2 Dec at 16:30 is free. What name should I put the booking"
                + " under?");
    assertThat(app.say(user, "Jo")).isEqualTo(CONFIRM_1630);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "make it 5pm",
    "make it 5",
    "can we do 5 instead?",
    "actually 5",
    "5 then please",
    "how about 5?"
  })
  void a_bare_hour_at_the_confirmation_is_that_hour_on_the_day_held(String said) {
    atTheConfirmation("jo");
    assertThat(app.say("jo", said)).isEqualTo(CONFIRM_1700);
    assertThat(app.say("jo", "yes"))
        .isEqualTo("Booked! Basic Manicure on Wed 2 Dec at 17:00 with Anna. See you then, Jo!");
  }

  @Test
  void a_bare_hour_at_the_name_step_keeps_the_day_and_asks_the_name() {
    assertThat(app.say("kim", "basic manicure on wed 2 dec at 16:30"))
        .endsWith("What name should I put the booking under?");
    assertThat(app.say("kim", "make it 5"))
        .isEqualTo(
            "Basic Manicure on Wed 2 Dec at 17:00 is free. What name should I put the booking"
                + " under?");
    assertThat(app.say("kim", "Kim"))
        .isEqualTo(
            "Basic Manicure on Wed 2 Dec at 17:00 with Anna for Kim, 25.00 EUR. Shall I book it?");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"we are 2", "I'm 5 minutes late", "2 people", "table for 2"})
  void numbers_that_count_something_are_no_hour(String said) {
    atTheConfirmation("ned");
    assertThat(app.say("ned", said)).doesNotContain("17:00").doesNotContain("14:00");
    assertThat(app.say("ned", "yes")).startsWith("Booked! Basic Manicure on Wed 2 Dec at 16:30");
  }

  @Test
  void a_change_that_names_nothing_keeps_the_booking_under_way_and_its_question() {
    atTheConfirmation("ola");
    assertThat(app.say("ola", "can we change it?"))
        .isEqualTo("Sure, just tell me the new day or time. " + CONFIRM_1630);
    assertThat(app.say("ola", "yes")).startsWith("Booked! Basic Manicure on Wed 2 Dec at 16:30");
    assertThat(app.app().database().dsl().fetchCount(Bookings.T)).isEqualTo(1);
  }

  @Test
  void german_and_spanish_bare_hours_at_the_confirmation() {
    app.say("uwe", "Ich hätte gern eine Maniküre am 2. Dezember um 16:30");
    assertThat(app.say("uwe", "Uwe")).contains("16:30").endsWith("Soll ich das buchen?");
    assertThat(app.say("uwe", "lieber um 5")).contains("um 17:00").endsWith("Soll ich das buchen?");
    app.say("eva", "quiero una manicura el 2 de diciembre a las 16:30");
    assertThat(app.say("eva", "Eva")).contains("16:30");
    assertThat(app.say("eva", "mejor a las 5 entonces")).contains("17:00");
  }
}
