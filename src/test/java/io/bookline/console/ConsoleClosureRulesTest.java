package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * In a real browser (ADR 0067): a closure over days another one covers shows the API's 409 in the
 * form; a closure's bookings inside are cancelled with one button; staff hours outside the opening
 * hours are saved with the API's warning said beside the confirmation.
 */
class ConsoleClosureRulesTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app);

  void open(String page) {
    browser.signInAsOwner();
    browser.go(app.base() + "/console/" + page);
  }

  @Test
  void a_second_closure_over_the_same_days_is_refused_and_the_bookings_inside_are_cancelled() {
    long service =
        app.as(browser.key()).get("/api/services").json().get("services").get(0).get("id").asLong();
    var booked =
        app.as(browser.key())
            .post(
                "/api/bookings",
                "{\"serviceId\": "
                    + service
                    + ", \"start\": \"2026-12-02T10:00\", \"customerName\": \"Rosa\"}");
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    long booking = booked.json().get("id").asLong();

    open("closures");
    browser.setValue("firstDay", "2026-12-01");
    browser.setValue("lastDay", "2026-12-03");
    browser.button("Add closure");
    browser.waitForText("1 booking falls inside it and stays booked: move it");

    browser.setValue("firstDay", "2026-12-02");
    browser.setValue("lastDay", "2026-12-02");
    browser.button("Add closure");
    browser.waitForText("already says the business is closed from 2026-12-01 to 2026-12-03");
    assertThat(app.as(browser.key()).get("/api/closures").json().get("closures")).hasSize(1);

    ((JavascriptExecutor) browser.driver()).executeScript("window.confirm = () => true;");
    browser.click(
        By.cssSelector("[aria-label='Cancel the bookings inside the closure from 2026-12-01']"));
    browser.waitForText("Cancelled 1 booking; customers who booked by chat are told.");
    browser.waitForText("No bookings inside.");
    assertThat(app.as(browser.key()).get("/api/bookings/" + booking).json().get("status").asText())
        .isEqualTo("cancelled");
  }

  @Test
  void staff_hours_on_a_closed_sunday_are_saved_with_the_warning_said() {
    long anna =
        app.as(browser.key()).get("/api/staff").json().get("staff").get(0).get("id").asLong();
    open("staff");
    browser.click(By.cssSelector("[aria-label='Change Anna']"));
    WebElement usual = browser.byName("businessHours");
    browser.waitFor(d -> usual.isDisplayed());
    if (usual.isSelected()) {
      usual.click();
    }
    browser.click(By.cssSelector("[aria-label='Add hours on Sunday']"));
    browser.setValue(browser.find(By.cssSelector("[aria-label='Sunday hours 1 from']")), "10:00");
    browser.setValue(browser.find(By.cssSelector("[aria-label='Sunday hours 1 until']")), "14:00");
    browser.button("Save changes");
    browser.waitForText(
        "Saved Anna. Note: the business is closed on Sunday: customers cannot book 10:00–14:00"
            + " until it opens that day.");
    assertThat(app.as(browser.key()).get("/api/staff/" + anna + "/hours").body())
        .contains("{\"weekday\":7,\"opens\":\"10:00\",\"closes\":\"14:00\"}");
  }
}
