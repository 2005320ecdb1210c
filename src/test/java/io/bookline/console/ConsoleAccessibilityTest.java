package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue 12's accessibility promise in a real browser: every control on every page (dialogs and
 * editors included) has a label, and the owner gets from signing in to a booking's details and on
 * to another page with the keyboard alone.
 */
class ConsoleAccessibilityTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app);

  /** Controls without an accessible name: no label element, aria-label(ledby) or button text. */
  static final String UNLABELLED =
      """
      return Array.from(document.querySelectorAll(
          'input:not([type=hidden]), select, textarea, button, a[href], [tabindex]'))
        .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
          && !e.getAttribute('aria-labelledby')
          && !(['BUTTON', 'A'].includes(e.tagName) && e.textContent.trim())
          && !(e.tagName === 'MAIN' || e.tagName === 'FORM' || e.tagName === 'P'))
        .map(e => e.outerHTML.slice(0, 120));""";

  /** Kim's booking on Tuesday 10:00, for the calendar to show. */
  @BeforeAll
  static void kimIsBookedOnTuesday() {
    long service =
        app.as(browser.key()).get("/api/services").json().get("services").get(0).get("id").asLong();
    var booked =
        app.as(browser.key())
            .post(
                "/api/bookings",
                "{\"serviceId\": "
                    + service
                    + ", \"start\": \"2026-11-24T10:00\", \"customerName\": \"Kim\"}");
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
  }

  @SuppressWarnings("unchecked")
  static List<String> unlabelled() {
    return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(UNLABELLED);
  }

  @Test
  void every_control_on_every_page_has_a_label() {
    browser.signInAsOwner();
    browser.go(app.base() + "/console/calendar?week=2026-11-23");
    browser.find(By.cssSelector(".calendar .booking[aria-label*='Kim']"));
    assertThat(unlabelled()).as("calendar").isEmpty();
    browser.click(By.xpath("//button[text()='New booking']"));
    browser.find(By.tagName("dialog"));
    assertThat(unlabelled()).as("new booking").isEmpty();
    browser.find(By.tagName("dialog")).sendKeys(Keys.ESCAPE);
    browser.click(By.cssSelector(".calendar .booking"));
    browser.waitForText("No-shows");
    assertThat(unlabelled()).as("booking details").isEmpty();
    browser.find(By.tagName("dialog")).sendKeys(Keys.ESCAPE);

    for (String page : ConsoleNavigationTest.NAV) {
      browser.go(app.base() + "/console/" + page.toLowerCase());
      browser.waitFor(d -> d.findElement(By.tagName("h1")).getText().equals(page));
      browser.waitFor(d -> d.findElements(By.cssSelector("#page > *")).size() > 0);
      if (page.equals("Staff")) {
        browser.click(By.cssSelector("main [name='businessHours']"));
        browser.click(By.cssSelector("[aria-label='Add hours on Monday']"));
      }
      if (page.equals("Services")) {
        browser.click(By.cssSelector("details.languages summary"));
      }
      browser.waitFor(
          d ->
              d.findElements(By.cssSelector("main form, main ul, main table, main .day-col")).size()
                  > 0);
      assertThat(unlabelled()).as(page).isEmpty();
    }
  }

  @Test
  void the_keyboard_alone_signs_in_opens_a_booking_and_moves_between_pages() {
    browser.driver().manage().deleteAllCookies();
    browser.go(app.base() + "/console/sign-in");
    WebElement field = browser.find(By.name("key"));
    field.sendKeys(browser.key(), Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/console/calendar"));
    browser.go(app.base() + "/console/calendar?week=2026-11-23");
    browser.find(By.cssSelector(".calendar .booking[aria-label*='Kim']"));

    tabUntil("the booking", e -> e.getAttribute("class").contains("booking"));
    active().sendKeys(Keys.ENTER);
    browser.waitForText("No-shows");
    // The dialog itself holds the focus (ADR 0095), never one of its actions.
    assertThat(active().findElement(By.xpath("ancestor-or-self::dialog")).isDisplayed()).isTrue();
    active().sendKeys(Keys.ESCAPE);
    browser.waitFor(d -> d.findElements(By.tagName("dialog")).isEmpty());

    tabUntil("the Closures link", e -> e.getText().equals("Closures"));
    active().sendKeys(Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/console/closures"));
    tabUntil("the Reason field", e -> "reason".equals(e.getAttribute("name")));
    active().sendKeys("Inventory", Keys.ENTER);
    browser.waitForText("Closure added.");
    assertThat(app.as(browser.key()).get("/api/closures").body()).contains("Inventory");
  }

  WebElement active() {
    return browser.driver().switchTo().activeElement();
  }

  void tabUntil(String what, java.util.function.Predicate<WebElement> found) {
    for (int i = 0; i < 300; i++) {
      new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
      WebElement e = active();
      if (found.test(e)) {
        return;
      }
    }
    throw new AssertionError("Tab never reached " + what);
  }
}
