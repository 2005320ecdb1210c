package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;

/**
 * A staff member's own hours look closed outside them, like the business's closed hours (ADR 0089):
 * shown alone ("Show"), the times Lena does not work are shaded, and so are the times she would
 * work while the business is closed (nobody can book her then); in the week all three share, a time
 * none of them works is shaded and each day's heading names whose hours differ. The business is
 * open Mon–Fri 09:00–18:00 and Saturday 10:00–14:00 (the demo's); Anna and Marta work Mon–Fri
 * 09:00–18:00, Lena Tuesday 12:00–18:00 and Thursday 12:00–20:00: nobody works on Saturday.
 */
class ConsoleStaffHoursShadedTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app);

  @BeforeAll
  static void lenaWorksAfternoons() {
    TestApp.Caller owner = app.as(browser.key());
    var lena = owner.post("/api/staff", "{\"name\": \"Lena\"}");
    assertThat(lena.status()).as(lena.body()).isEqualTo(201);
    var hours =
        owner.put(
            "/api/staff/" + lena.json().get("id").asLong() + "/hours",
            """
            [{"weekday": 2, "opens": "12:00", "closes": "18:00"},
             {"weekday": 4, "opens": "12:00", "closes": "20:00"}]""");
    assertThat(hours.status()).as(hours.body()).isEqualTo(200);
    StringBuilder weekdays = new StringBuilder();
    for (int day = 1; day <= 5; day++) {
      weekdays
          .append(day == 1 ? "[" : ",")
          .append("{\"weekday\": ")
          .append(day)
          .append(", \"opens\": \"09:00\", \"closes\": \"18:00\"}");
    }
    for (var s : owner.get("/api/staff").json().get("staff")) {
      if (!s.get("name").asText().equals("Lena")) {
        var put = owner.put("/api/staff/" + s.get("id").asLong() + "/hours", weekdays + "]");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
      }
    }
  }

  void showLena(int width, String query) {
    browser.signInAsOwner();
    browser.driver().manage().window().setSize(new Dimension(width, 900));
    browser.go(app.base() + "/console/calendar?week=2026-11-23" + query);
    // The calendar may be redrawn under the picker by a live "hours" event (the hours set just
    // before): the picker is found again until Lena is picked on the one on the page.
    browser.waitFor(
        d -> {
          try {
            var picker = d.findElements(By.id("show-staff"));
            if (picker.isEmpty()) {
              return null;
            }
            new Select(picker.getFirst()).selectByVisibleText("Lena");
            return true;
          } catch (StaleElementReferenceException redrawn) {
            return null;
          }
        });
    browser.waitFor(
        d ->
            d.findElements(By.cssSelector(".calendar .day-col[aria-label$=' Lena']")).isEmpty()
                ? null
                : true);
  }

  /**
   * Whether the moment just after {@code clock} in the column labelled {@code column} lies under a
   * closed-hours shade; null when the column or the hour is not drawn.
   */
  static Object shaded(String column, String clock) {
    return ((JavascriptExecutor) browser.driver())
        .executeScript(
            "const col = [...document.querySelectorAll('.calendar .day-col')]"
                + "  .find(c => c.getAttribute('aria-label') === arguments[0]);"
                + " const hour = [...document.querySelectorAll('.calendar .hour-label')]"
                + "  .find(l => l.textContent === arguments[1]);"
                + " if (!col || !hour) return null;"
                + " const y = parseFloat(hour.style.top) + 1;"
                + " return [...col.querySelectorAll('.shade')].some(s =>"
                + "  parseFloat(s.style.top) <= y && y < parseFloat(s.style.top)"
                + "  + parseFloat(s.style.height));",
            column,
            clock);
  }

  @Test
  void shown_alone_on_a_desktop_the_hours_outside_her_own_are_shaded() {
    showLena(Browser.DESKTOP.width, "");
    assertThat(shaded("Tue 24.11. Lena", "10:00"))
        .as("Tuesday 10:00, before she starts")
        .isEqualTo(true);
    assertThat(shaded("Tue 24.11. Lena", "14:00")).as("Tuesday 14:00, she works").isEqualTo(false);
    assertThat(shaded("Wed 25.11. Lena", "14:00")).as("Wednesday, not her day").isEqualTo(true);
    assertThat(shaded("Thu 26.11. Lena", "14:00")).as("Thursday 14:00, she works").isEqualTo(false);
    assertThat(shaded("Thu 26.11. Lena", "19:00"))
        .as("Thursday 19:00: her hours, but the business is closed")
        .isEqualTo(true);
    assertThat(shaded("Mon 23.11. Lena", "10:00")).as("Monday, not her day").isEqualTo(true);
    browser.shoot("staff-hours-lena-1280", Browser.DESKTOP);
  }

  @Test
  void in_the_shared_week_a_time_nobody_works_is_shaded_and_the_heading_names_who_works_less() {
    browser.signInAsOwner();
    browser.driver().manage().window().setSize(Browser.DESKTOP);
    browser.go(app.base() + "/console/calendar?week=2026-11-23");
    browser.waitForText("Lena 12–18");
    assertThat(shaded("Sat 28.11.", "11:00"))
        .as("Saturday: the business is open, nobody works")
        .isEqualTo(true);
    assertThat(shaded("Tue 24.11.", "10:00"))
        .as("Tuesday 10:00: Anna and Marta work")
        .isEqualTo(false);
    assertThat(heading("Tue 24.11.")).contains("Lena 12–18");
    assertThat(heading("Thu 26.11.")).contains("Lena 12–18");
    assertThat(heading("Wed 25.11.")).contains("Lena off").doesNotContain("Anna");
    assertThat(heading("Sat 28.11.")).contains("Nobody working").doesNotContain("Anna");
    browser.shoot("staff-hours-shared-1280", Browser.DESKTOP);
  }

  /** A day's heading, read in one script: the live stream may redraw the week at any moment. */
  static String heading(String day) {
    return (String)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "const h = [...document.querySelectorAll('.calendar .col-head')]"
                    + "  .find(h => h.innerText.startsWith(arguments[0]));"
                    + " return h ? h.innerText : '';",
                day);
  }

  @Test
  void shown_alone_on_a_phone_her_day_is_shaded_outside_her_hours() {
    showLena(Browser.PHONE.width, "&day=2026-11-26");
    assertThat(shaded("Thu 26.11. Lena", "10:00")).isEqualTo(true);
    assertThat(shaded("Thu 26.11. Lena", "14:00")).isEqualTo(false);
    assertThat(shaded("Thu 26.11. Lena", "19:00")).as("the business is closed").isEqualTo(true);
    browser.shoot("staff-hours-lena-390", Browser.PHONE);
  }
}
