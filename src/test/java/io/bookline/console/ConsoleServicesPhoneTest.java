package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The Services table at 390 px cut its Actions column to "Cha" and "De". On a phone each service is
 * a stacked row: its name, then its length and price, then Change and Delete, each whole, with
 * nothing to scroll sideways. At 1280 px it stays a table with its column headings.
 */
class ConsoleServicesPhoneTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app);

  static Object script(String js) {
    return ((JavascriptExecutor) browser.driver()).executeScript(js);
  }

  /** Each Change/Delete button whose text is cut or that reaches past the window, by its label. */
  static final String CUT =
      "const w = document.documentElement.clientWidth;"
          + " return [...document.querySelectorAll('main table button')]"
          + ".filter(b => { const r = b.getBoundingClientRect();"
          + "   return b.scrollWidth > b.clientWidth + 1 || r.right > w || r.left < 0"
          + "     || r.width < 60; })"
          + ".map(b => b.getAttribute('aria-label'));";

  @Test
  void every_service_and_its_buttons_are_whole_at_390_px_without_scrolling_sideways() {
    var made =
        app.as(browser.key())
            .post(
                "/api/services",
                "{\"name\": \"Paraffin Hand Treatment with Massage\", \"durationMinutes\": 45,"
                    + " \"price\": 1250}");
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    browser.driver().manage().window().setSize(Browser.PHONE);
    browser.signInAsOwner();
    browser.click(By.linkText("Services"));
    browser.waitForText("Paraffin Hand Treatment with Massage");

    assertThat((List<?>) script(CUT)).as("buttons cut at 390 px").isEmpty();
    Object sideways =
        script(
            "const wide = (e) => e.scrollWidth > e.clientWidth;"
                + " return wide(document.documentElement)"
                + "   || [...document.querySelectorAll('main table, main .table-wrap')].some(wide);");
    assertThat(sideways).as("something scrolls sideways at 390 px").isEqualTo(false);
    String row =
        browser
            .find(By.xpath("//tr[th[contains(., 'Paraffin Hand Treatment with Massage')]]"))
            .getText();
    assertThat(row).contains("45 min", "€1,250.00", "Change", "Delete");
    browser.shootWhole("services-390", Browser.PHONE.width, 1400);

    browser.driver().manage().window().setSize(Browser.DESKTOP);
    assertThat(browser.find(By.cssSelector("main table thead")).isDisplayed()).isTrue();
    assertThat((List<?>) script(CUT)).as("buttons cut at 1280 px").isEmpty();
    browser.shoot("services-1280", new Dimension(1280, 900));
  }
}
