package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Owner tester: a booking made elsewhere reached the open calendar within seconds, but after {@code
 * PUT /api/staff/{id}/hours} or a new closure the open week kept the old shading until a reload.
 * Hours and closures now reach an open calendar the same way, through the console's event stream.
 */
class ConsoleLiveHoursTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app);

  static final Duration LIVE = Duration.ofSeconds(4);

  static Object script(String js) {
    return ((JavascriptExecutor) browser.driver()).executeScript(js);
  }

  /**
   * Pixels (one a minute) of Anna's Tuesday column that are shaded (closed), from the shading's
   * heights.
   */
  static long annasTuesdayShaded() {
    return ((Number)
            script(
                "const c = document.querySelector('.day-col[aria-label=\"Tue 24.11. Anna\"]');"
                    + " return c ? [...c.querySelectorAll('.shade')]"
                    + ".reduce((s, x) => s + x.offsetHeight, 0) : -1;"))
        .longValue();
  }

  /** Pixels of Anna's Tuesday column (one a minute). */
  static long annasTuesdayHeight() {
    return ((Number)
            script(
                "return document.querySelector('.day-col[aria-label=\"Tue 24.11. Anna\"]')"
                    + ".offsetHeight;"))
        .longValue();
  }

  @Test
  void staff_hours_and_a_closure_changed_elsewhere_redraw_the_open_week_without_a_reload() {
    TestApp.Caller owner = app.as(browser.key());
    long anna = -1;
    for (var s : owner.get("/api/staff").json().get("staff")) {
      if (s.get("name").asText().equals("Anna")) {
        anna = s.get("id").asLong();
      }
    }
    browser.signInAsOwner();
    browser.driver().manage().window().setSize(Browser.DESKTOP);
    browser.go(app.base() + "/console/calendar?week=2026-11-23");
    browser.waitFor(d -> annasTuesdayShaded() >= 0 ? true : null);
    long before = annasTuesdayShaded();
    script("window.sameTab = 'yes';");

    var shorter =
        owner.put(
            "/api/staff/" + anna + "/hours",
            "[{\"weekday\":2,\"opens\":\"12:00\",\"closes\":\"14:00\"}]");
    assertThat(shorter.status()).as(shorter.body()).isEqualTo(200);
    // Two hours of work left on Tuesday: the rest of her column is shaded.
    browser.waitFor(LIVE, d -> annasTuesdayShaded() == annasTuesdayHeight() - 120 ? true : null);
    assertThat(before).isLessThan(annasTuesdayHeight() - 120);

    var closure =
        owner.post(
            "/api/closures",
            "{\"firstDay\":\"2026-11-26\",\"lastDay\":\"2026-11-26\",\"reason\":\"Burst pipe\"}");
    assertThat(closure.status()).as(closure.body()).isEqualTo(201);
    browser.waitFor(LIVE, d -> browser.text().contains("Closed: Burst pipe") ? true : null);
    assertThat(script("return window.sameTab;")).as("no reload").isEqualTo("yes");
    browser.screenshots("live-hours-calendar");
  }
}
