package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tester's finding: the bot numbers the appointments it asks about ("1) Pedicure …; 2) Gel Manicure
 * …"), yet "2" was read as 14:00 and refused, "#2" and "number 2" were not understood at all, and
 * "the second" narrowed the list to one entry and asked again. The printed number, said any of
 * those ways, now picks that entry, and so does the staff member shown with exactly one of them. In
 * English, German and Spanish over the web chat on Postgres; Friday 27 Nov 2026, 10:00; the demo
 * studio.
 */
class PickingAnAppointmentByNumberChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | pedicure tuesday at 10 with anna | gel manicure thursday at 16:00 with marta"
            + " | Oliver | yes | no | cancel an appointment"
            + " | 2;#2;number 2;the 2nd one;the second;the one with marta"
            + " | Cancel your Gel Manicure on Thu 3 Dec at 16:00 with Marta?",
        "de | Ich hätte gern eine Pediküre am Dienstag um 10 bei Anna"
            + " | Ich hätte gern eine Gelmaniküre am Donnerstag um 16 Uhr bei Marta"
            + " | Jonas | ja | nein | Ich möchte einen Termin stornieren"
            + " | 2;nr 2;#2;die 2;den zweiten;den bei Marta"
            + " | Möchten Sie Gel-Maniküre am Donnerstag, 3. Dezember um 16:00 bei Marta absagen?",
        "es | quiero una pedicura el martes a las 10 con Anna"
            + " | quiero una manicura de gel el jueves a las 16 con Marta"
            + " | Lucía | sí | no | quiero cancelar una cita"
            + " | 2;la 2;#2;número 2;la segunda;la de Marta"
            + " | ¿Quieres cancelar Manicura de gel el jueves 3 de diciembre a las 16:00 con Marta?",
      })
  void the_number_printed_before_an_appointment_or_its_staff_member_picks_it(
      String language,
      String first,
      String second,
      String name,
      String yes,
      String no,
      String cancel,
      String picks,
      String confirmSecond) {
    ChatBookings.book(app, name, first, yes);
    ChatBookings.book(app, name, second, yes);
    for (String pick : picks.split(";")) {
      assertThat(app.say(name, cancel)).as(pick).contains("1) ").contains("; 2) ");
      assertThat(app.say(name, pick)).as(pick).isEqualTo(confirmSecond);
      app.say(name, no);
    }
    assertThat(statuses()).containsExactly("confirmed", "confirmed");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | pedicure tuesday at 10 | Oliver | yes | pedicure on thursday | 2 | 14:00",
        "de | Ich hätte gern eine Pediküre am Dienstag um 10 | Jonas | ja"
            + " | eine Pediküre am Donnerstag | 2 | 14:00",
      })
  void a_bare_number_at_the_times_offered_is_still_an_hour(
      String language,
      String request,
      String name,
      String yes,
      String another,
      String number,
      String hour) {
    ChatBookings.book(app, name, request, yes);
    assertThat(app.say(name, another)).doesNotContain("1)");
    assertThat(app.say(name, number)).contains(hour);
  }

  private List<String> statuses() {
    return app.app()
        .database()
        .dsl()
        .select(Bookings.STATUS)
        .from(Bookings.T)
        .orderBy(Bookings.ID)
        .fetch(r -> r.value1());
  }
}
