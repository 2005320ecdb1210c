package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A look at the console at 390 px: the booking dialogs put the day and the time side by side, each
 * 125 px wide, and a phone's date and time inputs showed "11/24/202" and "10:00 A". On a phone they
 * stand one under the other, each as wide as its form.
 */
class ConsolePhoneDialogTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app);

  static int width(String css) {
    return browser.find(By.cssSelector(css)).getSize().getWidth();
  }

  @Test
  void on_a_phone_the_day_and_time_of_a_new_or_moved_booking_are_wide_enough_to_read() {
    TestApp.Caller owner = app.as(browser.key());
    long service = owner.get("/api/services").json().get("services").get(0).get("id").asLong();
    var booked =
        owner.post(
            "/api/bookings",
            "{\"serviceId\": "
                + service
                + ", \"start\": \"2026-11-24T10:00\", \"customerName\": \"Nora Lee\"}");
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    browser.signInAsOwner();
    browser.driver().manage().window().setSize(Browser.PHONE);
    browser.go(app.base() + "/console/calendar?week=2026-11-23&day=2026-11-24");
    browser.waitForText("Nora Lee");

    browser.button("New booking");
    browser.waitFor(
        d -> d.findElements(By.cssSelector("dialog[open] [name='day']")).isEmpty() ? null : true);
    assertThat(width("dialog[open] [name='day']")).as("New booking: Day").isGreaterThan(180);
    assertThat(width("dialog[open] [name='time']")).as("New booking: Time").isGreaterThan(180);
    browser.shoot("phone-new-booking-390", Browser.PHONE);
    browser.driver().navigate().refresh();

    browser.waitForText("Nora Lee");
    browser.click(By.cssSelector(".calendar .booking"));
    browser.waitForText("No-shows");
    assertThat(width("dialog[open] [name='day']")).as("Move: New day").isGreaterThan(180);
    assertThat(width("dialog[open] [name='time']")).as("Move: New time").isGreaterThan(180);
  }
}
