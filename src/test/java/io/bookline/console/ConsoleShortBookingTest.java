package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A 30-minute booking in the desktop week is one line high, and it said "12:00 Ida Berg · Anna"
 * while a longer one said "10:00 Gel Manicure / Ann Lee · Anna": the service of a short one was
 * only in its tooltip. It reads "12:00 Basic Manicure" over "Anna · Ida Berg" in two smaller lines,
 * each cut with an ellipsis where the column ends, the whole in its title. Staff columns (the
 * demo's two) and the shared week (three).
 */
class ConsoleShortBookingTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app);

  static WebElement shortOne() {
    return browser.find(By.cssSelector(".calendar .booking.short[aria-label*='Ida Berg']"));
  }

  /** Runs the checks again when a live update redrew the calendar under them (up to 5 times). */
  static void whenSettled(Runnable checks) {
    for (int attempt = 1; ; attempt++) {
      try {
        checks.run();
        return;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 5) {
          throw e;
        }
        java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L);
      }
    }
  }

  @Test
  void a_short_booking_names_its_service_in_staff_columns_and_in_the_shared_week() {
    OwnerBookings.book(
        app, browser, 1, "2026-11-24T12:00", "Ida Berg"); // Basic Manicure, 30 minutes
    OwnerBookings.book(app, browser, 2, "2026-11-24T10:00", "Ann Lee"); // Gel Manicure, 45 minutes
    browser.signInAsOwner();
    browser.go(app.base() + "/console/calendar?week=2026-11-23");
    browser.waitForText("Ann Lee");
    whenSettled(
        () -> {
          assertThat(shortOne().findElement(By.cssSelector(".svc")).getAttribute("textContent"))
              .isEqualTo("12:00 Basic Manicure");
          assertThat(shortOne().getAttribute("title")).contains("Basic Manicure", "Ida Berg");
        });
    browser.shoot("short-booking-staff-columns-1280", Browser.DESKTOP);

    var third = app.as(browser.key()).post("/api/staff", "{\"name\": \"Lena\"}");
    assertThat(third.status()).as(third.body()).isEqualTo(201);
    browser.driver().navigate().refresh();
    browser.waitFor(d -> d.findElements(By.cssSelector(".col-head.staff-head")).isEmpty());
    // A live update may redraw the week while it is read: read it again, whole, when it does.
    whenSettled(
        () -> {
          assertThat(shortOne().findElement(By.cssSelector(".svc")).getAttribute("textContent"))
              .isEqualTo("12:00 Basic Manicure");
          assertThat(shortOne().getAttribute("textContent")).contains("Anna · Ida Berg");
          assertThat(shortOne().getAttribute("title"))
              .isEqualTo("12:00–12:30 Basic Manicure · Ida Berg · Anna");
          assertThat(shortOne().getSize().getHeight()).isLessThan(32);
          // Two small lines, one under the other, each whole or cut with an ellipsis, inside 28 px.
          assertThat(shortOne().findElement(By.cssSelector(".who")).getRect().getY())
              .isGreaterThanOrEqualTo(
                  shortOne().findElement(By.cssSelector(".svc")).getRect().getY()
                      + shortOne().findElement(By.cssSelector(".svc")).getRect().getHeight()
                      - 1);
          for (String part : new String[] {".svc", ".who"}) {
            WebElement line = shortOne().findElement(By.cssSelector(part));
            assertThat(line.getCssValue("text-overflow")).as(part).isEqualTo("ellipsis");
            assertThat(line.getCssValue("white-space")).as(part).isEqualTo("nowrap");
            assertThat(line.getRect().getY() + line.getRect().getHeight())
                .as(part + " ends inside the block")
                .isLessThanOrEqualTo(
                    shortOne().getRect().getY() + shortOne().getRect().getHeight());
          }
        });
    browser.shoot("short-booking-shared-week-1280", Browser.DESKTOP);
    browser.shoot("short-booking-shared-week-390", Browser.PHONE);
  }
}
