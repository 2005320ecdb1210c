package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The desktop week of the demo's two staff members (fourteen columns) cut its bookings to "10:00
 * C…", so the service could be read only by hovering, and scrolled sideways at 1280 px: a booking
 * of 45 minutes or more now names its time and whole service (on two lines where one is too narrow)
 * above its customer, and the week fits 1280 px. The first row (08:00–09:00) had no hour label at
 * 390 and 1280 px; it has one, inside the calendar.
 */
class ConsoleWeekGridTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app);

  @BeforeAll
  static void bookingsOfBothStaff() {
    OwnerBookings.book(app, browser, 3, "2026-11-24T10:00", "Carla Diaz"); // Pedicure, 60
    OwnerBookings.book(app, browser, 2, "2026-11-25T14:00", "Ben Ode"); // Gel Manicure, 45
    TestApp.Caller owner = app.as(browser.key());
    var massage =
        owner.post(
            "/api/services",
            "{\"name\": \"Hot Stone Massage\", \"durationMinutes\": 60, \"price\": 55}");
    assertThat(massage.status()).as(massage.body()).isEqualTo(201);
    long id = massage.json().get("id").asLong();
    var anna = owner.patch("/api/staff/1", "{\"serviceIds\": [1, 2, 3, " + id + "]}");
    assertThat(anna.status()).as(anna.body()).isEqualTo(200);
    OwnerBookings.book(app, browser, id, "2026-11-26T11:00", "Sam Berg"); // three words, 60
  }

  Object script(String js) {
    return ((JavascriptExecutor) browser.driver()).executeScript(js);
  }

  void week(int width) {
    browser.signInAsOwner();
    browser.driver().manage().window().setSize(new Dimension(width, 900));
    browser.go(app.base() + "/console/calendar?week=2026-11-23&day=2026-11-24");
    browser.waitForText("Carla Diaz");
  }

  @Test
  void two_staff_members_week_fits_a_desktop_and_names_each_service_whole() {
    week(Browser.DESKTOP.width);
    assertThat(script("return document.querySelectorAll('.calendar .staff-head').length;"))
        .as("the demo's two staff members each get a column a day")
        .isEqualTo(14L);
    assertThat(
            ((Number)
                    script(
                        "const c = document.querySelector('.calendar');"
                            + " return c.scrollWidth - c.clientWidth;"))
                .longValue())
        .as("px the week is wider than its calendar at 1280 px")
        .isLessThanOrEqualTo(0);
    Object cut =
        script(
            "return [...document.querySelectorAll('.calendar .booking')].filter(b => {"
                + " const s = b.querySelector('.svc'); const w = b.querySelector('.who');"
                + " const r = b.getBoundingClientRect();"
                + " return s.scrollWidth > s.clientWidth + 1 || s.scrollHeight > s.clientHeight + 1"
                + "  || s.getBoundingClientRect().bottom > r.bottom + 1"
                + "  || w.getBoundingClientRect().height === 0"
                + "  || w.getBoundingClientRect().bottom > r.bottom + 1;"
                + " }).map(b => b.getAttribute('aria-label'));");
    assertThat((List<?>) cut).as("bookings whose service or customer is cut off").isEmpty();
    browser.shoot("two-staff-week-1280", Browser.DESKTOP);
  }

  /** The top of the label "08:00" and of the hours column, and the label's bottom; null: none. */
  static final String FIRST_LABEL =
      "const col = document.querySelector('.calendar .hours-col');"
          + " const l = [...document.querySelectorAll('.calendar .hour-label')]"
          + "  .find(l => l.textContent === '08:00');"
          + " if (!col || !l) return null;"
          + " const r = l.getBoundingClientRect();"
          + " return [r.top - col.getBoundingClientRect().top, r.height];";

  @Test
  void the_first_hour_has_its_label_on_a_phone_and_a_desktop() {
    for (int width : new int[] {Browser.PHONE.width, Browser.DESKTOP.width}) {
      week(width);
      Object label = script(FIRST_LABEL);
      assertThat(label).as("the 08:00 label of the first row at " + width).isNotNull();
      List<?> topAndHeight = (List<?>) label;
      assertThat(((Number) topAndHeight.get(0)).doubleValue())
          .as("the 08:00 label starts inside the hours column at " + width)
          .isGreaterThanOrEqualTo(0);
      assertThat(((Number) topAndHeight.get(1)).doubleValue()).isPositive();
      browser.shoot("first-hour-label-" + width, new Dimension(width, 900));
    }
  }
}
