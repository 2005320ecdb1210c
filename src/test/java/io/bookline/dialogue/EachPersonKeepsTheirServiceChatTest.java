package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Services;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report: "me and my friend on saturday at 12, i want a basic mani and she wants a gel"
 * offered the friend a Basic Manicure; "yo manicura de gel y ella pedicura" offered her the gel,
 * "ich eine Maniküre und sie eine Pediküre" the manicure. Each person keeps the service said for
 * them (ADR 0103); "a manicure and a pedicure for me and my daughter" still gives both both
 * (PartyWithTwoServicesChatTest). Friday 27 Nov 2026, 19:00 in Berlin; web chat on Postgres.
 */
class EachPersonKeepsTheirServiceChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-27T18:00:00Z"));

  /**
   * The request, the customer's name, yes, the friend's name; the offer to the friend; services.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "me and my friend on monday at 10, i want a basic mani and she wants a gel | Ann | yes"
            + " | Lucy | Gel Manicure on Mon 30 Nov at 10:00 with Marta for Lucy, 35.00 EUR."
            + " Shall I book it? | Basic Manicure | Gel Manicure",
        "a basic manicure for me and a pedicure for my daughter on monday at 10 | Ann | yes"
            + " | Lena | Pedicure on Mon 30 Nov at 10:00 with Marta for Lena, 40.00 EUR. Shall I"
            + " book it? | Basic Manicure | Pedicure",
        "ich und meine Freundin am Montag um 10, ich eine Maniküre und sie eine Pediküre | Anke"
            + " | ja | Birgit | Pediküre am Montag, 30. November um 10:00 bei Marta für Birgit,"
            + " 40,00 €. Soll ich das buchen? | Basic Manicure | Pedicure",
        "yo y mi amiga el lunes a las 10, yo manicura de gel y ella pedicura | Ana | sí | Bea"
            + " | Pedicura el lunes 30 de noviembre a las 10:00 con Marta a nombre de Bea, 40,00 €."
            + " ¿Te la reservo? | Gel Manicure | Pedicure",
      })
  void the_friend_is_offered_the_service_said_for_her(
      String request,
      String name,
      String yes,
      String friend,
      String offer,
      String mine,
      String hers) {
    app.say("c", request);
    app.say("c", name);
    app.say("c", yes);
    assertThat(app.say("c", friend)).isEqualTo(offer);
    assertThat(app.say("c", yes)).doesNotEndWith("?");
    assertThat(
            app.app()
                .database()
                .dsl()
                .select(Bookings.GUEST_NAME, Services.NAME)
                .from(Bookings.T)
                .join(Services.T)
                .on(Services.ID.eq(Bookings.SERVICE_ID))
                .where(Bookings.STATUS.eq("confirmed"))
                .orderBy(Bookings.ID)
                .fetch(r -> r.value1() + ":" + r.value2()))
        .containsExactly("null:" + mine, friend + ":" + hers);
  }
}
