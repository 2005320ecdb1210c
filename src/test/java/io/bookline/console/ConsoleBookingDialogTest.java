package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What an owner tester found in the booking dialog: "Mark no-show" on a booking still ahead, and
 * the focused button at that; the refusal of an action in the dialog written behind its grey
 * overlay; and a Staff list with people who cannot do the booking's service. The demo studio (Anna
 * and Marta do every service), Monday 23 November 2026, 08:00 in Berlin.
 */
class ConsoleBookingDialogTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app);

  static final long BASIC = 1;
  static final long GEL = 2;

  static long book(long service, String start, String customer) {
    return OwnerBookings.book(app, browser, service, start, customer);
  }

  static Object script(String js) {
    return ((JavascriptExecutor) browser.driver()).executeScript(js);
  }

  /** Opens the details of the booking whose label names the customer. */
  static void open(String customer) {
    browser.go(app.base() + "/console/calendar?week=2026-11-23");
    browser.waitFor(
        d -> {
          d.findElement(By.cssSelector(".calendar .booking[aria-label*='" + customer + "']"))
              .click();
          return d.findElement(By.cssSelector("dialog[open]")).isDisplayed();
        });
  }

  static List<String> dialogButtons() {
    return browser.driver().findElements(By.cssSelector("dialog[open] button")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void a_booking_still_ahead_offers_no_no_show_and_its_dialog_focuses_no_action() {
    book(GEL, "2026-11-24T10:00", "Nora Lee");
    browser.signInAsOwner();
    open("Nora Lee");

    assertThat(dialogButtons()).doesNotContain("Mark no-show").contains("Cancel booking");
    Object focused =
        script(
            "const e = document.activeElement;"
                + " return e.tagName + ' ' + (e.getAttribute('aria-label') || e.textContent);");
    assertThat(String.valueOf(focused)).isEqualTo("DIALOG Gel Manicure at 10:00");
    browser.screenshots("booking-dialog-ahead");
  }

  @Test
  void a_refused_action_in_the_dialog_says_why_inside_the_dialog_above_its_overlay() {
    long id = book(BASIC, "2026-11-23T10:00", "Ida Berg");
    try {
      app.clock().set(Instant.parse("2026-11-23T09:40:00Z")); // 10:40 in Berlin: it has begun
      browser.signInAsOwner();
      open("Ida Berg");
      assertThat(dialogButtons()).contains("Mark no-show");
      // Meanwhile a colleague cancels it: a cancelled booking is no no-show.
      var cancelled = app.as(browser.key()).post("/api/bookings/" + id + "/cancel", "{}");
      assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
      String refusal =
          app.as(browser.key())
              .post("/api/bookings/" + id + "/no-show", "{}")
              .json()
              .get("message")
              .asText();

      browser.click(By.xpath("//dialog[@open]//button[normalize-space()='Mark no-show']"));
      browser.waitFor(
          d -> d.findElement(By.cssSelector("dialog[open]")).getText().contains(refusal));
      // What sits on top at the middle of the refusal is the refusal itself, not an overlay.
      Object onTop =
          script(
              "const p = [...document.querySelectorAll('dialog[open] [role=alert]')]"
                  + ".find(e => e.textContent.length);"
                  + " const r = p.getBoundingClientRect();"
                  + " return p.contains(document.elementFromPoint(r.left + r.width / 2,"
                  + " r.top + r.height / 2));");
      assertThat(onTop).isEqualTo(true);
      browser.screenshots("booking-dialog-refused");
    } finally {
      app.clock().set(TestApp.MONDAY_8AM_BERLIN);
    }
  }

  @Test
  void the_staff_lists_offer_only_active_staff_who_perform_the_service() {
    TestApp.Caller owner = app.as(browser.key());
    for (String staff :
        List.of(
            "{\"name\": \"Lena\", \"serviceIds\": [1, 3]}",
            "{\"name\": \"Tomasz\", \"serviceIds\": []}",
            "{\"name\": \"Eva\", \"serviceIds\": [2], \"active\": false}")) {
      var made = owner.post("/api/staff", staff);
      assertThat(made.status()).as(made.body()).isEqualTo(201);
    }
    book(GEL, "2026-11-24T14:00", "Ann Lee");
    browser.signInAsOwner();
    open("Ann Lee");
    assertThat(options("dialog[open] form[aria-label='Move'] select[name='staffId']"))
        .containsExactly("Anna", "Marta");
    browser.click(By.xpath("//dialog[@open]//button[normalize-space()='Close']"));

    browser.button("New booking");
    Select service = new Select(browser.find(By.cssSelector("dialog[open] [name='serviceId']")));
    service.selectByVisibleText("Gel Manicure");
    assertThat(options("dialog[open] select[name='staffId']"))
        .containsExactly("Anyone free", "Anna", "Marta");
    service.selectByVisibleText("Basic Manicure");
    assertThat(options("dialog[open] select[name='staffId']"))
        .containsExactly("Anyone free", "Anna", "Marta", "Lena");
  }

  static List<String> options(String select) {
    return new Select(browser.find(By.cssSelector(select)))
        .getOptions().stream().map(WebElement::getText).toList();
  }
}
