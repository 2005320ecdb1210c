package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Owner tester, on a phone: the New booking dialog said a wrong phone number twice, under the field
 * and again as "field customerPhone is not valid: …"; its 409 wrote the time as "2026-11-29 10:00"
 * where the console writes "Sun 29.11. 10:00"; and a booking's phone number was no tap-to-call
 * link.
 */
class ConsoleNewBookingOnAPhoneTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app);

  static String dialogText() {
    return browser.find(By.cssSelector("dialog[open]")).getText();
  }

  void newBooking() {
    browser.signInAsOwner();
    browser.driver().manage().window().setSize(Browser.PHONE);
    browser.go(app.base() + "/console/calendar?week=2026-11-23&day=2026-11-24");
    browser.waitFor(d -> d.findElements(By.cssSelector(".calendar .day-col")).isEmpty() ? null : 1);
    browser.button("New booking");
    browser.waitFor(d -> d.findElements(By.cssSelector("dialog[open] form")).isEmpty() ? null : 1);
  }

  static void submit() {
    browser.click(By.xpath("//dialog[@open]//button[normalize-space()='Book']"));
  }

  @Test
  void a_wrong_phone_number_is_said_once_under_its_field() {
    newBooking();
    browser.setValue("customerName", "Nora Lee");
    browser.setValue("customerPhone", "call me");
    submit();
    browser.waitFor(d -> dialogText().contains("is not a phone number") ? true : null);
    String text = dialogText();
    assertThat(text.split("is not a phone number", -1)).as(text).hasSize(2);
    assertThat(text)
        .doesNotContain("customerPhone")
        .contains("Check the marked field: Phone (optional).");
    WebElement phone = browser.find(By.cssSelector("dialog[open] [name='customerPhone']"));
    assertThat(phone.getAttribute("aria-invalid")).isEqualTo("true");
    browser.screenshots("new-booking-wrong-phone");
  }

  @Test
  void a_taken_time_is_written_as_the_console_writes_days() {
    newBooking();
    browser.setValue("day", "2026-11-29"); // a Sunday: the demo is closed
    browser.setValue("time", "10:00");
    browser.setValue("customerName", "Nora Lee");
    submit();
    browser.waitFor(d -> dialogText().contains("is not free") ? true : null);
    assertThat(dialogText()).contains("Sun 29.11. 10:00").doesNotContain("2026-11-29");
    browser.screenshots("new-booking-taken");
  }

  @Test
  void the_customers_phone_number_in_a_bookings_details_calls_them() {
    TestApp.Caller owner = app.as(browser.key());
    long service = owner.get("/api/services").json().get("services").get(0).get("id").asLong();
    var booked =
        owner.post(
            "/api/bookings",
            "{\"serviceId\": "
                + service
                + ", \"start\": \"2026-11-25T11:00\", \"customerName\": \"Ida Berg\","
                + " \"customerPhone\": \"+49 170 1234567\"}");
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    browser.signInAsOwner();
    browser.driver().manage().window().setSize(Browser.PHONE);
    browser.go(app.base() + "/console/calendar?week=2026-11-23&day=2026-11-25");
    browser.waitForText("Ida Berg");
    browser.click(By.xpath("//button[contains(@class,'booking')][contains(., 'Ida Berg')]"));
    browser.waitFor(d -> dialogText().contains("No-shows") ? true : null);
    WebElement call = browser.find(By.cssSelector("dialog[open] dd a[href^='tel:']"));
    assertThat(call.getAttribute("href")).isEqualTo("tel:+491701234567");
    assertThat(call.getText()).isEqualTo("+49 170 1234567");
    browser.screenshots("booking-details-tel");
  }
}
