package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Conversations wrote "Fri, Nov 27, 07:40 PM" in the browser's language while the calendar wrote
 * "Fri 27.11." and 24-hour times. Every page writes a day and a time as the calendar does, in the
 * business's time zone, whatever the browser's language: this browser speaks American English.
 */
class ConsoleDatesTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app).speaking("en-US");

  /** "Mon 23.11. 08:00": the calendar's day, a 24-hour time. */
  static final String DAY_AND_TIME =
      "(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2}\\.\\d{1,2}\\. \\d{2}:\\d{2}";

  @Test
  void conversations_closures_and_the_booking_dialog_write_days_and_times_as_the_calendar() {
    app.say("vera", "hello, do you have time on friday?");
    var booked =
        app.as(browser.key())
            .post(
                "/api/bookings",
                "{\"serviceId\": 2, \"start\": \"2026-11-24T14:00\", \"customerName\": \"Nora Lee\"}");
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    var closed =
        app.as(browser.key())
            .post(
                "/api/closures",
                "{\"firstDay\": \"2026-12-24\", \"lastDay\": \"2026-12-26\", \"reason\": \"Xmas\"}");
    assertThat(closed.status()).as(closed.body()).isEqualTo(201);
    browser.signInAsOwner();
    Object language =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeScript("return new Intl.DateTimeFormat().resolvedOptions().locale");
    assertThat(language).as("the browser's own locale").isEqualTo("en-US");

    browser.click(By.partialLinkText("Conversations"));
    browser.waitForText("do you have time on friday");
    List<String> times =
        browser.driver().findElements(By.cssSelector("main time")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(times).isNotEmpty().allSatisfy(t -> assertThat(t).matches(DAY_AND_TIME));
    browser.screenshots("dates-conversations");

    browser.click(By.linkText("Closures"));
    browser.waitForText("Xmas");
    assertThat(browser.find(By.cssSelector("main .card h3")).getText())
        .isEqualTo("Thu 24.12. – Sat 26.12.");

    browser.click(By.linkText("Calendar"));
    browser.go(app.base() + "/console/calendar?week=2026-11-23");
    browser.click(By.cssSelector(".calendar .booking[aria-label*='Nora Lee']"));
    assertThat(browser.find(By.cssSelector("dialog[open] dl.facts")).getText())
        .contains("Tue 24.11. 14:00–14:45");
  }
}
