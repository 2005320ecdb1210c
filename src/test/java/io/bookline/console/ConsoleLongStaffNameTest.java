package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A staff member with a long name (41 characters) made the phone's Calendar scroll sideways: the
 * "Show" picker was as wide as the name (x = 61–446 px at 390 px). The picker now fits the row and
 * cuts the name with an ellipsis; no console page is wider than a 390 px phone with such a name in
 * its picker, cards, headings and forms, nor than a 1280 px desktop.
 */
class ConsoleLongStaffNameTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app);

  static final String LONG_NAME = "Anna-Katharina Fernández de la Villanueva";

  /** Each page and a text it shows once its rows are drawn. */
  static final Map<String, String> PAGES =
      Map.of(
          "/console/calendar?week=2026-11-23&day=2026-11-24", LONG_NAME,
          "/console/services", "Gel Manicure",
          "/console/staff", LONG_NAME,
          "/console/hours", "Booking rules",
          "/console/closures", LONG_NAME + " (leave)",
          "/console/conversations", "No conversations yet.",
          "/console/channels", "No channel connected yet.");

  @BeforeAll
  static void aStaffMemberWithALongName() {
    assertThat(LONG_NAME).hasSizeGreaterThanOrEqualTo(40);
    TestApp.Caller owner = app.as(browser.key());
    var made = owner.post("/api/staff", "{\"name\": \"" + LONG_NAME + "\"}");
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    var leave =
        owner.post(
            "/api/closures",
            "{\"firstDay\": \"2026-11-27\", \"lastDay\": \"2026-11-27\", \"reason\": \"Course\","
                + " \"staffId\": "
                + made.json().get("id").asLong()
                + "}");
    assertThat(leave.status()).as(leave.body()).isEqualTo(201);
  }

  static long overflow() {
    return ((Number)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "return document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth;"))
        .longValue();
  }

  void open(int width, String path) {
    browser.driver().manage().window().setSize(new Dimension(width, 900));
    browser.go(app.base() + path);
    browser.waitForText(PAGES.get(path));
  }

  @Test
  void on_a_phone_the_show_picker_fits_and_no_page_scrolls_sideways() {
    browser.signInAsOwner();
    String calendar = "/console/calendar?week=2026-11-23&day=2026-11-24";
    open(Browser.PHONE.width, calendar);
    Number beyond =
        (Number)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "return document.getElementById('show-staff').getBoundingClientRect().right"
                        + " - document.documentElement.clientWidth;");
    assertThat(beyond.doubleValue())
        .as("px the Show picker reaches past the phone's right edge")
        .isLessThanOrEqualTo(0);
    for (var page : PAGES.keySet()) {
      open(Browser.PHONE.width, page);
      assertThat(overflow())
          .as("px the page is wider than the phone: " + page)
          .isLessThanOrEqualTo(0);
    }
    // Picked alone, and the new-booking dialog with its staff list.
    open(Browser.PHONE.width, calendar);
    browser.waitFor(
        d -> {
          new org.openqa.selenium.support.ui.Select(d.findElement(By.id("show-staff")))
              .selectByVisibleText(LONG_NAME);
          return true;
        });
    browser.waitFor(d -> d.getCurrentUrl().contains("staff="));
    assertThat(overflow())
        .as("px wider than the phone, the long name picked")
        .isLessThanOrEqualTo(0);
    browser.shoot("long-staff-name-calendar-390", Browser.PHONE);
    browser.driver().manage().window().setSize(Browser.PHONE);
    browser.button("New booking");
    browser.find(By.cssSelector("dialog[open]"));
    assertThat(overflow()).as("px wider than the phone, dialog open").isLessThanOrEqualTo(0);
  }

  @Test
  void on_a_desktop_no_page_scrolls_sideways() {
    browser.signInAsOwner();
    for (var page : PAGES.keySet()) {
      open(Browser.DESKTOP.width, page);
      assertThat(overflow()).as("px the page is wider than 1280: " + page).isLessThanOrEqualTo(0);
    }
  }
}
