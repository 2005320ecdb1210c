package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The owner API lists the bookings a change of hours or staff strands (ADR 0094), but the console
 * said the warning in its status line and dropped the bookings: the owner had to find them on the
 * calendar. The Staff and Hours pages now list them, each opening its dialog on the calendar (move,
 * cancel) or cancelled at once (ADR 0100). The clock stands at Monday 23 Nov 2026, 08:00 in Berlin;
 * the demo business opens 09:00–18:00 on weekdays with Anna and Marta.
 */
class ConsoleStrandedBookingsTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension final Browser browser = Browser.forOwnerOf(app);

  TestApp.Caller owner() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  long id(String table, String name) {
    return ((Number)
            app.app()
                .database()
                .dsl()
                .fetchValue("select id from " + table + " where name = ?", name))
        .longValue();
  }

  long book(String staff, String start, String customer) {
    var made =
        owner()
            .post(
                "/api/bookings",
                "{\"serviceId\":%d,\"staffId\":%d,\"start\":\"%s\",\"customerName\":\"%s\"}"
                    .formatted(
                        id("services", "Basic Manicure"), id("resources", staff), start, customer));
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    return made.json().get("id").asLong();
  }

  String status(long booking) {
    return owner().get("/api/bookings/" + booking).json().get("status").asText();
  }

  By stranded(String customer) {
    return By.xpath("//li[@class='stranded-booking'][contains(., '" + customer + "')]");
  }

  @Test
  void a_person_who_stops_taking_bookings_lists_theirs_to_open_or_cancel() {
    long ines = book("Anna", "2026-11-24T10:00", "Ines");
    long maria = book("Anna", "2026-11-25T14:00", "Maria");
    book("Marta", "2026-11-24T10:00", "Olga"); // Marta's: not Anna's to list

    browser.openPage("Staff");
    browser.click(By.cssSelector("button[aria-label='Change Anna']"));
    browser.click(By.cssSelector("main input[name='active']"));
    browser.button("Save changes");
    browser.waitFor(d -> !d.findElements(By.cssSelector(".stranded")).isEmpty());
    String panel = browser.find(By.cssSelector(".stranded")).getText();
    assertThat(panel)
        .contains("Bookings to move or cancel")
        .contains(
            "Anna takes no new bookings, but 2 confirmed bookings with Anna are still to come and"
                + " kept: move or cancel them.")
        .contains("Tue 24.11. 10:00 Basic Manicure · Ines · Anna")
        .contains("Wed 25.11. 14:00 Basic Manicure · Maria · Anna")
        .doesNotContain("Olga");
    browser.screenshots("staff-stranded");

    // Cancelled here, at the owner's word.
    ((JavascriptExecutor) browser.driver()).executeScript("window.confirm = () => true;");
    browser.click(
        By.cssSelector(
            "button[aria-label='Cancel Tue 24.11. 10:00 Basic Manicure · Ines · Anna']"));
    browser.waitFor(d -> d.findElements(stranded("Ines")).isEmpty());
    browser.waitForText("Cancelled Tue 24.11. 10:00 Basic Manicure · Ines · Anna.");
    assertThat(status(ines)).isEqualTo("cancelled");
    assertThat(status(maria)).isEqualTo("confirmed");

    // Opened: the calendar on its day with its dialog, where it is moved or cancelled.
    browser.click(
        By.cssSelector("a[aria-label='Move Wed 25.11. 14:00 Basic Manicure · Maria · Anna']"));
    browser.waitFor(d -> d.getCurrentUrl().contains("/console/calendar?week=2026-11-23"));
    browser.waitFor(d -> d.findElement(By.cssSelector("dialog[open]")).isDisplayed());
    String dialog = browser.find(By.cssSelector("dialog[open]")).getText();
    assertThat(dialog).contains("Basic Manicure at 14:00").contains("Maria").contains("Move");
    assertThat(browser.driver().getCurrentUrl()).doesNotContain("booking=");
    browser.find(By.cssSelector("dialog[open] input[name='reason']")).sendKeys("Anna has left");
    browser.click(By.cssSelector("dialog[open] form[aria-label='Cancel'] button[type='submit']"));
    browser.waitForText("Booking cancelled.");
    assertThat(status(maria)).isEqualTo("cancelled");
  }

  @Test
  void narrower_opening_hours_list_the_bookings_they_leave_outside() {
    book("Anna", "2026-11-24T10:00", "Ines"); // Tuesday
    book("Anna", "2026-11-25T10:00", "Wanda"); // Wednesday, still open

    browser.openPage("Hours");
    browser.click(By.cssSelector("button[aria-label='Remove Tuesday hours 1']"));
    browser.button("Save opening hours");
    browser.waitFor(d -> !d.findElements(By.cssSelector(".stranded")).isEmpty());
    String panel = browser.find(By.cssSelector(".stranded")).getText();
    assertThat(panel)
        .contains(
            "1 confirmed booking still to come is now outside the opening hours and kept: move or"
                + " cancel it, or widen the hours.")
        .contains("Tue 24.11. 10:00 Basic Manicure · Ines · Anna")
        .doesNotContain("Wanda");
    assertThat(
            browser
                .find(
                    By.cssSelector(
                        "a[aria-label='Open Tue 24.11. 10:00 Basic Manicure · Ines"
                            + " · Anna to move or cancel it']"))
                .getAttribute("href"))
        .endsWith("/console/calendar?week=2026-11-23&day=2026-11-24&booking=" + bookingOf("Ines"));
    browser.screenshots("hours-stranded");
  }

  long bookingOf(String customer) {
    return ((Number)
            app.app()
                .database()
                .dsl()
                .fetchValue(
                    "select b.id from bookings b join customers c on c.id = b.customer_id"
                        + " where c.name = ?",
                    customer))
        .longValue();
  }
}
