package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "I'd prefer with the other one" right after the bot named a staff member (ADR 0109): of those who
 * do the service, the one not named; with several others, the customer is asked which, each listed.
 * Over the web chat on Postgres in English, German and Spanish; Friday 27 Nov 2026, 10:00; the demo
 * studio (Anna and Marta do every service; the owner adds Lena through the owner API for the second
 * case).
 */
class OtherStaffChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "gel manicure tuesday at 11 with anna | i'd prefer with the other one | Gel Manicure on Tue"
            + " 1 Dec at 11:00 with Marta is free.",
        "Gel-Maniküre am Dienstag um 11 bei Anna | lieber bei der anderen | Gel-Maniküre am"
            + " Dienstag, 1. Dezember um 11:00 bei Marta ist frei.",
        "manicura de gel el martes a las 11 con Anna | mejor con la otra | Manicura de gel el"
            + " martes 1 de diciembre a las 11:00 con Marta está libre.",
      })
  void the_other_one_of_two_is_the_staff_member_not_named(
      String asked, String other, String offered) {
    String user = "o" + other.length();
    assertThat(app.say(user, asked)).contains("11:00").contains("Anna");
    assertThat(app.say(user, other)).startsWith(offered);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "gel manicure tuesday at 11 with anna | i'd prefer with the other one | Do you mean Marta"
            + " or Lena? | Lena | Gel Manicure on Tue 1 Dec at 11:00 with Lena is free.",
        "Gel-Maniküre am Dienstag um 11 bei Anna | lieber bei der anderen | Meinen Sie Marta oder"
            + " Lena? | Lena | Gel-Maniküre am Dienstag, 1. Dezember um 11:00 bei Lena ist frei.",
        "manicura de gel el martes a las 11 con Anna | mejor con la otra | ¿Te refieres a Marta o a"
            + " Lena? | Lena | Manicura de gel el martes 1 de diciembre a las 11:00 con Lena está"
            + " libre.",
      })
  void with_several_others_the_customer_is_asked_which_each_listed(
      String asked, String other, String which, String lena, String offered) {
    TestApp.Caller owner = app.as(TestApp.ADMIN_KEY, "demo");
    List<String> ids = new ArrayList<>();
    for (JsonNode s : owner.get("/api/services").json().get("services")) {
      ids.add(s.get("id").asText());
    }
    var added =
        owner.post(
            "/api/staff", "{\"name\": \"Lena\", \"serviceIds\": [" + String.join(", ", ids) + "]}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    String user = "s" + other.length();
    assertThat(app.say(user, asked)).contains("11:00").contains("Anna");
    assertThat(app.say(user, other)).isEqualTo(which);
    assertThat(app.say(user, lena)).startsWith(offered);
  }
}
