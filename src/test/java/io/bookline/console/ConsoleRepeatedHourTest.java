package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Owner test, 2026-11-28: on Sunday 31 Oct 2027 Berlin's 02:00–03:00 happens twice, and the API
 * books both (ADR 0114). In the 390 px day grid a 02:15 booked for +02:00 and one for +01:00 sat at
 * the same place, one hiding the other; the list read "02:45–02:30". The day now has 25 hours, the
 * repeated hour drawn twice with its offset, and a time in it is labelled with its offset.
 */
class ConsoleRepeatedHourTest {
  @RegisterExtension
  static final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2027-10-25T08:00:00Z"));

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app);

  static long book(long staff, String start, String customer) {
    var booked =
        app.as(browser.key())
            .post(
                "/api/bookings",
                "{\"serviceId\": 2, \"staffId\": %d, \"start\": \"%s\", \"customerName\": \"%s\"}"
                    .formatted(staff, start, customer));
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    return booked.json().get("id").asLong();
  }

  static WebElement block(String customer) {
    return browser.find(By.cssSelector(".calendar .booking[aria-label*='" + customer + "']"));
  }

  /** Whether a tap on the middle of {@code e} lands on it, not on a booking drawn over it. */
  static boolean tappable(WebElement e) {
    return (Boolean)
        browser
            .driver()
            .executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                    + "const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                    + "return at !== null && at.closest('.booking') === arguments[0];",
                e);
  }

  @Test
  void both_two_fifteens_have_their_own_place_and_label_in_the_day_and_the_list() {
    var hours =
        app.as(browser.key())
            .put("/api/hours", "[{\"weekday\":7,\"opens\":\"00:00\",\"closes\":\"23:59\"}]");
    assertThat(hours.status()).as(hours.body()).isEqualTo(200);
    book(1, "2027-10-31T02:15+02:00", "Ida Summer");
    book(1, "2027-10-31T02:15+01:00", "Ola Winter");
    book(2, "2027-10-31T02:45+02:00", "Eva Across");
    browser.driver().manage().window().setSize(Browser.PHONE);
    browser.signInAsOwner();
    browser.go(app.base() + "/console/calendar?week=2027-10-25&day=2027-10-31");
    browser.waitForText("Ola Winter");
    ConsoleShortBookingTest.whenSettled(
        () -> {
          WebElement summer = block("Ida Summer");
          WebElement winter = block("Ola Winter");
          assertThat(summer.getAttribute("aria-label")).startsWith("02:15 (+02:00) ");
          assertThat(winter.getAttribute("aria-label")).startsWith("02:15 (+01:00) ");
          // An hour apart, as they are: 60 px at a pixel a minute; each takes its own tap.
          assertThat(winter.getRect().getY() - summer.getRect().getY()).isEqualTo(60);
          assertThat(tappable(summer)).isTrue();
          assertThat(tappable(winter)).isTrue();
          assertThat(block("Eva Across").getAttribute("title"))
              .startsWith("02:45 (+02:00)–02:30 (+01:00) Gel Manicure");
          List<String> labels =
              browser.driver().findElements(By.cssSelector(".hour-label")).stream()
                  .map(l -> l.getAttribute("textContent"))
                  .toList();
          assertThat(labels)
              .containsSubsequence("01:00", "02:00 +02:00", "02:00 +01:00", "03:00", "04:00");
        });
    browser.shoot("repeated-hour-day-390", Browser.PHONE);

    // From three staff members a phone shows the day as a list.
    var third = app.as(browser.key()).post("/api/staff", "{\"name\": \"Lena\"}");
    assertThat(third.status()).as(third.body()).isEqualTo(201);
    browser.driver().manage().window().setSize(Browser.PHONE); // shoot went back to a desktop
    browser.driver().navigate().refresh();
    browser.waitFor(d -> !d.findElements(By.cssSelector(".day-list")).isEmpty());
    ConsoleShortBookingTest.whenSettled(
        () ->
            assertThat(block("Eva Across").findElement(By.cssSelector(".svc")).getText())
                .isEqualTo("02:45 (+02:00)–02:30 (+01:00) Gel Manicure"));

    // A desktop's shared week puts bookings side by side only where they overlap in time: the
    // two 02:15s do not, so each keeps the day's whole width, an hour apart.
    browser.driver().manage().window().setSize(Browser.DESKTOP);
    browser.driver().navigate().refresh();
    browser.waitFor(d -> d.findElements(By.cssSelector(".col-head.staff-head")).isEmpty());
    ConsoleShortBookingTest.whenSettled(
        () -> {
          WebElement summer = block("Ida Summer");
          WebElement winter = block("Ola Winter");
          assertThat(winter.getRect().getY() - summer.getRect().getY()).isEqualTo(60);
          assertThat(winter.getRect().getX()).isEqualTo(summer.getRect().getX());
          assertThat(winter.getRect().getWidth()).isEqualTo(summer.getRect().getWidth());
          assertThat(tappable(summer)).isTrue();
          assertThat(tappable(winter)).isTrue();
        });
  }
}
