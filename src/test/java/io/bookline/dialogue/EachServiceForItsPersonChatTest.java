package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Customers;
import static io.bookline.db.Schema.Services;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report: "pedicure next tuesday at 9am for me (Claire) and a gel manicure for my friend
 * Sophie at the same time" booked the pedicure for Sophie and lost Claire; "pedicure for me and gel
 * for my friend Sophie, both 23 dec at 11, I'm Claire" booked both for Claire, the gel an hour
 * later; Spanish "…para mi hija Sofía, las dos el martes…, me llamo Beatriz" gave Sofía a pedicure.
 * Each service said for a different person is a party of two (ADR 0122): the writer's under their
 * name, the other's under the name said for them, at the same time with another member of the team.
 * Friday 27 Nov 2026, 19:00 in Berlin; over the web chat on Postgres.
 */
class EachServiceForItsPersonChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-27T18:00:00Z"));

  /** The request and yes twice; the customer's name; each booking as "guest:service at time". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure next tuesday at 9am for me (Claire) and a gel manicure for my friend Sophie at"
            + " the same time | yes | Claire | -:Pedicure 01.12 09:00 | Sophie:Gel Manicure 01.12"
            + " 09:00",
        "pedicure for me and gel for my friend Sophie, both 23 dec at 11, I'm Claire | yes"
            + " | Claire | -:Pedicure 23.12 11:00 | Sophie:Gel Manicure 23.12 11:00",
        "pedicure for me and gel for my daughter Lily on 8 dec at 14, I'm Helen Ward | yes"
            + " | Helen Ward | -:Pedicure 08.12 14:00 | Lily:Gel Manicure 08.12 14:00",
        "Pediküre für mich und Gel-Maniküre für meine Freundin Sophie, beide am 23.12. um 11, ich"
            + " bin Claire | ja | Claire | -:Pedicure 23.12 11:00 | Sophie:Gel Manicure 23.12 11:00",
        "Quiero una pedicura para mí y una manicura de gel para mi hija Sofía, las dos el martes 22 de"
            + " diciembre a las 10, me llamo Beatriz | sí | Beatriz | -:Pedicure 22.12 10:00"
            + " | Sofía:Gel Manicure 22.12 10:00",
      })
  void each_person_gets_the_service_said_for_them_under_their_own_name(
      String request, String yes, String customer, String mine, String theirs) {
    app.say("c", request);
    app.say("c", yes);
    assertThat(app.say("c", yes)).doesNotEndWith("?");
    var db = app.app().database().dsl();
    DateTimeFormatter when =
        DateTimeFormatter.ofPattern("dd.MM HH:mm").withZone(ZoneId.of("Europe/Berlin"));
    assertThat(
            db.select(Bookings.GUEST_NAME, Services.NAME, Bookings.STARTS_AT)
                .from(Bookings.T)
                .join(Services.T)
                .on(Services.ID.eq(Bookings.SERVICE_ID))
                .where(Bookings.STATUS.eq("confirmed"))
                .orderBy(Bookings.ID)
                .fetch(
                    r ->
                        (r.value1() == null ? "-" : r.value1())
                            + ":"
                            + r.value2()
                            + " "
                            + when.format(r.value3())))
        .containsExactly(mine, theirs);
    assertThat(db.select(Customers.NAME).from(Customers.T).fetch(Customers.NAME))
        .containsExactly(customer);
  }
}
