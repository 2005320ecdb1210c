package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Black-box finding: a closure wholly in the past was accepted (201) and listed first. It is now
 * refused with 400, and the list shows closures not yet over first (ADR 0094). The app's clock
 * stands at Monday 23 November 2026, 08:00 in Berlin.
 */
class PastClosuresTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  TestApp.Caller owner() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  TestApp.Response close(String first, String last) {
    return owner()
        .post("/api/closures", "{\"firstDay\":\"" + first + "\",\"lastDay\":\"" + last + "\"}");
  }

  @Test
  void a_closure_wholly_in_the_past_is_refused_and_one_ending_today_is_not() {
    var old = close("2020-01-01", "2020-01-02");
    assertThat(old.status()).as(old.body()).isEqualTo(400);
    assertThat(old.json().get("fields").get("lastDay").asText())
        .isEqualTo(
            "'2020-01-02' lies in the past (today is 2026-11-23 in Europe/Berlin):"
                + " a closure must end today or later");
    assertThat(close("2026-11-22", "2026-11-22").status()).isEqualTo(400);
    assertThat(close("2026-11-20", "2026-11-23").status()).isEqualTo(201);
    assertThat(owner().get("/api/closures").json().get("closures")).hasSize(1);
  }

  @Test
  void the_list_shows_closures_not_yet_over_first_then_the_past_latest_first() {
    assertThat(close("2026-12-24", "2026-12-26").status()).isEqualTo(201);
    assertThat(close("2026-11-30", "2026-11-30").status()).isEqualTo(201);
    // Past ones can only be there from before: written as they were then.
    var db = app.app().database().dsl();
    long business =
        db.fetchSingle("select id from businesses where slug = 'demo'").get(0, Long.class);
    db.execute(
        "insert into closures (business_id, first_day, last_day) values"
            + " (?, date '2026-01-01', date '2026-01-01'), (?, date '2026-11-01', date '2026-11-02')",
        business,
        business);

    List<String> firstDays = new ArrayList<>();
    owner()
        .get("/api/closures")
        .json()
        .get("closures")
        .forEach(c -> firstDays.add(c.get("firstDay").asText()));
    assertThat(firstDays).containsExactly("2026-11-30", "2026-12-24", "2026-11-01", "2026-01-01");
  }
}
