package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The two-staff calendar fits its window at every width (ADR 0117): its fourteen staff columns need
 * 1168 px, so a 600–1170 px window (a tablet, a half-screen laptop) scrolled the week sideways. A
 * week too wide is drawn with one column per day (bookings side by side, each naming its staff
 * member), and one too wide even so as one day. Anna and Marta (the demo's) are both booked on
 * Tuesday 24 Nov 2026 at 11:00. Pictures: target/screenshots/week-fits-<width>.png.
 */
class ConsoleWeekFitsTheWindowTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app);

  @BeforeAll
  static void bothBookedOnTuesday() {
    TestApp.Caller owner = app.as(browser.key());
    long gel = -1;
    for (var s : owner.get("/api/services").json().get("services")) {
      if (s.get("name").asText().equals("Gel Manicure")) {
        gel = s.get("id").asLong();
      }
    }
    List<String> customers = List.of("Nora Lindqvist", "Sam Bergmann");
    int i = 0;
    for (var s : owner.get("/api/staff").json().get("staff")) {
      var booked =
          owner.post(
              "/api/bookings",
              "{\"serviceId\":%d,\"staffId\":%d,\"start\":\"2026-11-24T11:00\",\"customerName\":\"%s\"}"
                  .formatted(gel, s.get("id").asLong(), customers.get(i++)));
      assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    }
  }

  static Object script(String js) {
    return ((JavascriptExecutor) browser.driver()).executeScript(js);
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {390, 600, 700, 800, 1024, 1170, 1280})
  void the_week_never_scrolls_sideways_and_every_booking_names_its_customer(int width) {
    browser.signInAsOwner();
    browser.driver().manage().window().setSize(new Dimension(width, 900));
    browser.go(app.base() + "/console/calendar?week=2026-11-23&day=2026-11-24");
    browser.waitForText("Nora");

    Object sideways =
        script(
            "const c = document.querySelector('.calendar');"
                + " return c.scrollWidth > c.clientWidth + 1"
                + " || document.documentElement.scrollWidth > window.innerWidth + 1;");
    assertThat(sideways).as("the calendar scrolls sideways at " + width + " px").isEqualTo(false);
    Object clipped =
        script(
            "return [...document.querySelectorAll('.calendar .booking')].filter(b => {"
                + " const w = b.querySelector('.who').getBoundingClientRect();"
                + " const r = b.getBoundingClientRect();"
                + " return w.height === 0 || w.bottom > r.bottom + 1 || w.left > r.right - 12"
                + " || r.width < 60; }).map(b => b.getAttribute('aria-label'))");
    assertThat((List<?>) clipped).as("bookings cut off at " + width + " px").isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector(".calendar .booking"))).hasSize(2);
    int columns = browser.driver().findElements(By.cssSelector(".calendar .day-col")).size();
    if (width == 1280) {
      assertThat(columns).as("a column per staff member and day").isEqualTo(14);
    } else if (width < 1170) {
      assertThat(columns).as("a column per day, or the day's two staff").isIn(7, 2);
    }
    browser.shootWhole("week-fits-" + width, width, 1100);
  }
}
