package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Owner tester, with an en-US browser: the hours and closures inputs showed "06:00 PM" and
 * "11/27/2026" (Chromium's time and date inputs follow the browser's language, not the page's
 * lang), unlike the console's 24-hour "Fri 27.11." style. They are text inputs in the console's
 * style that read what an owner types: "18" is 18:00, "24.12.2026" is 24 December.
 */
class ConsoleTwentyFourHourInputsTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app).speaking("en-US");

  /** Each input's type and what it shows, "text 09:00". */
  @SuppressWarnings("unchecked")
  static List<String> shown(String css) {
    return (List<String>)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return [...document.querySelectorAll(arguments[0])]"
                    + ".map(i => i.type + ' ' + i.value);",
                css);
  }

  static void type(WebElement input, String text) {
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text);
  }

  @Test
  void opening_hours_are_typed_and_shown_in_24_hours_under_an_en_us_browser() {
    browser.openPage("Hours");
    browser.waitFor(d -> shown(".week input.clock").isEmpty() ? null : true);
    assertThat(shown(".week input.clock")).allMatch(v -> v.matches("text \\d{2}:\\d{2}"));
    browser.screenshots("hours-24h-en-us");
    WebElement mondayUntil = browser.find(By.cssSelector("[aria-label='Monday hours 1 until']"));
    type(mondayUntil, "18");
    assertThat(mondayUntil.getDomProperty("value")).isEqualTo("18");
    browser.button("Save opening hours");
    browser.waitForText("Opening hours saved.");
    assertThat(app.as(browser.key()).get("/api/hours").body())
        .contains("{\"weekday\":1,\"opens\":\"09:00\",\"closes\":\"18:00\"}");
  }

  @Test
  void a_closure_is_typed_as_the_console_writes_days_under_an_en_us_browser() {
    browser.openPage("Closures");
    WebElement first = browser.byName("firstDay");
    assertThat(first.getDomProperty("type")).isEqualTo("text");
    assertThat(first.getDomProperty("value")).matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
    type(first, "24.12.2026");
    type(browser.byName("lastDay"), "26.12.26");
    browser.byName("reason").sendKeys("Christmas");
    browser.screenshots("closures-typed-en-us");
    browser.button("Add closure");
    browser.waitForText("Closure added.");
    assertThat(app.as(browser.key()).get("/api/closures").body())
        .contains("\"firstDay\":\"2026-12-24\",\"lastDay\":\"2026-12-26\"");
    assertThat(browser.text()).contains("Thu 24.12. – Sat 26.12.");
  }
}
