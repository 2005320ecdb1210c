package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What an owner changes through the API, the web chat uses on the very next message (issue 11): no
 * restart, no cache to wait for. The clock stands at Monday 23 Nov 2026, 08:00 in Berlin.
 */
class ChatSeesCatalogTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  TestApp.Caller owner() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  /** A new service that only a new staff member performs, so her hours decide. */
  long massageByLena() {
    // The chat has read (and cached) the catalog before the change.
    assertThat(app.say("warmup", "Hi")).contains("Demo Nail Studio");
    var service =
        owner()
            .post(
                "/api/services",
                """
                {"name": "Hot Stone Massage", "durationMinutes": 60, "price": 55,
                 "synonyms": ["massage"], "names": {"de": "Hot-Stone-Massage"},
                 "synonymsByLanguage": {"es": ["piedras calientes"]}}""");
    assertThat(service.status()).as(service.body()).isEqualTo(201);
    long id = service.json().get("id").asLong();
    var lena = owner().post("/api/staff", "{\"name\": \"Lena\", \"serviceIds\": [" + id + "]}");
    assertThat(lena.status()).as(lena.body()).isEqualTo(201);
    return lena.json().get("id").asLong();
  }

  @Test
  void a_service_created_through_the_api_is_bookable_on_the_next_message() {
    massageByLena();
    String asked = app.say("maria", "I'd like a hot stone massage tomorrow at 10");
    assertThat(asked)
        .isEqualTo(
            "Hot Stone Massage on Tue 24 Nov at 10:00 is free. What name should I put the booking"
                + " under?");
    app.say("maria", "Maria");
    assertThat(app.say("maria", "yes")).startsWith("Booked! Hot Stone Massage on Tue 24 Nov");
  }

  @Test
  void a_service_is_found_by_its_words_in_another_language() {
    massageByLena();
    assertThat(app.say("juan", "piedras calientes tomorrow at 10"))
        .startsWith("Hot Stone Massage on Tue 24 Nov at 10:00 is free.");
  }

  @Test
  void a_staff_member_s_split_shift_is_respected() {
    long lena = massageByLena();
    var shift =
        owner()
            .put(
                "/api/staff/" + lena + "/hours",
                """
                [{"weekday": 2, "opens": "09:00", "closes": "11:00"},
                 {"weekday": 2, "opens": "15:00", "closes": "17:00"}]""");
    assertThat(shift.status()).as(shift.body()).isEqualTo(200);
    var offered = app.chat("demo", "ola", "hot stone massage tomorrow");
    var options = offered.json().get("replies").get(0).get("options");
    assertThat(options.toString())
        .isEqualTo("[\"09:00\",\"09:30\",\"10:00\",\"15:00\",\"15:30\",\"16:00\"]")
        .doesNotContain("12:00");
    String noon = app.say("ola", "at 12");
    assertThat(noon).doesNotContain("12:00 is free");
  }
}
