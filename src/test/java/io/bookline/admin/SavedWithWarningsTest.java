package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Review findings: a staff member added with no services was accepted without a word (nobody could
 * book them), and narrowing the opening hours said nothing about staff hours left outside them.
 * Both are still saved; the answer now carries {@code warnings}, as a staff member's hours' PUT
 * does.
 */
class SavedWithWarningsTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  TestApp.Caller owner() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  long service() {
    return owner().get("/api/services").json().get("services").get(0).get("id").asLong();
  }

  @Test
  void a_staff_member_added_with_no_services_is_added_with_a_warning() {
    var added = owner().post("/api/staff", "{\"name\": \"Jonas\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().get("name").asText()).isEqualTo("Jonas");
    assertThat(added.json().get("serviceIds")).isEmpty();
    assertThat(added.json().get("warnings").toString())
        .isEqualTo(
            "[{\"field\":\"serviceIds\",\"message\":\"Jonas performs no service yet: customers"
                + " cannot book Jonas until at least one service is ticked for them\"}]");
    long jonas = added.json().get("id").asLong();
    assertThat(owner().get("/api/staff/" + jonas).json().get("name").asText()).isEqualTo("Jonas");

    var ticked = owner().patch("/api/staff/" + jonas, "{\"serviceIds\": [" + service() + "]}");
    assertThat(ticked.status()).as(ticked.body()).isEqualTo(200);
    assertThat(ticked.json().get("warnings")).isEmpty();

    var emptied = owner().patch("/api/staff/" + jonas, "{\"serviceIds\": []}");
    assertThat(emptied.json().get("warnings").get(0).get("field").asText()).isEqualTo("serviceIds");
  }

  @Test
  void a_staff_member_added_with_a_service_has_no_warning() {
    var added =
        owner().post("/api/staff", "{\"name\": \"Lucía\", \"serviceIds\": [" + service() + "]}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().get("warnings")).isEmpty();
  }

  @Test
  void narrower_opening_hours_warn_naming_each_person_and_day_left_outside() {
    long lena =
        owner()
            .post("/api/staff", "{\"name\": \"Lena\", \"serviceIds\": [" + service() + "]}")
            .json()
            .get("id")
            .asLong();
    assertThat(
            owner()
                .put(
                    "/api/staff/" + lena + "/hours",
                    """
                    [{"weekday": 2, "opens": "09:00", "closes": "18:00"},
                     {"weekday": 6, "opens": "10:00", "closes": "14:00"}]""")
                .json()
                .get("warnings"))
        .isEmpty();
    // An inactive staff member takes no bookings: nothing to warn about.
    long off =
        owner()
            .post(
                "/api/staff",
                "{\"name\": \"Jonas\", \"active\": false, \"serviceIds\": [" + service() + "]}")
            .json()
            .get("id")
            .asLong();
    owner()
        .put(
            "/api/staff/" + off + "/hours",
            "[{\"weekday\": 2, \"opens\": \"16:00\", \"closes\": \"18:00\"}]");

    var saved =
        owner()
            .put(
                "/api/hours",
                """
                [{"weekday": 1, "opens": "09:00", "closes": "18:00"},
                 {"weekday": 2, "opens": "09:00", "closes": "17:00"}]""");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().get("hours")).hasSize(2);
    assertThat(saved.json().get("warnings").toString())
        .isEqualTo(
            "[{\"field\":\"staff/"
                + lena
                + "/hours[0]\",\"message\":\"Lena's hours: 17:00–18:00 on Tuesday is outside the"
                + " business's opening hours (09:00–17:00): customers cannot book then\"},"
                + "{\"field\":\"staff/"
                + lena
                + "/hours[1]\",\"message\":\"Lena's hours: the business is closed on Saturday:"
                + " customers cannot book 10:00–14:00 until it opens that day\"}]");
    assertThat(owner().get("/api/hours").json()).isEqualTo(saved.json().get("hours"));

    var wide =
        owner()
            .put(
                "/api/hours",
                "[{\"weekday\": 2, \"opens\": \"08:00\", \"closes\": \"19:00\"},"
                    + " {\"weekday\": 6, \"opens\": \"10:00\", \"closes\": \"14:00\"}]");
    assertThat(wide.json().get("warnings")).isEmpty();
  }
}
