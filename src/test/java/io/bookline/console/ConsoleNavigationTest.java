package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/**
 * In a real browser: sign-in with a wrong and a right key, every page one click away with its
 * screenshots at phone and desktop width, customer text shown as text, and signing out.
 */
class ConsoleNavigationTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser browser = Browser.desktop();

  static final List<String> NAV =
      List.of("Calendar", "Services", "Staff", "Hours", "Closures", "Conversations", "Channels");

  @Test
  void a_wrong_key_says_so_and_the_right_one_lands_on_the_calendar() {
    browser.signIn(app, "bk_this-is-not-a-key");
    browser.waitForText("That key is not valid or was revoked");
    browser.screenshots("sign-in-wrong-key");
    browser.signIn(app, ConsoleSessionTest.demoKey(app));
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/console/calendar"));
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Calendar");
    browser.waitForText("Demo Nail Studio");
  }

  @Test
  void every_page_links_to_every_other_and_each_is_shot_at_phone_and_desktop_width() {
    browser.signIn(app, ConsoleSessionTest.demoKey(app));
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/console/calendar"));
    for (String from : NAV) {
      browser.click(By.linkText(from));
      browser.waitFor(d -> d.findElement(By.tagName("h1")).getText().equals(from));
      List<String> links =
          browser.driver().findElements(By.cssSelector("nav a")).stream()
              .map(a -> a.getText().replaceAll("\\s*\\d+$", ""))
              .toList();
      assertThat(links).as("navigation on " + from).containsExactlyElementsOf(NAV);
      assertThat(browser.find(By.cssSelector("nav a[aria-current=page]")).getText())
          .startsWith(from);
      browser.screenshots(from.toLowerCase());
    }
  }

  @Test
  void customer_text_is_shown_as_text_never_run() {
    String evil = "<img src=x onerror=alert(1)>";
    app.chat("demo", "xss-visitor", evil);
    browser.signIn(app, ConsoleSessionTest.demoKey(app));
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/console/calendar"));
    browser.click(By.linkText("Conversations"));
    browser.waitForText(evil);
    assertThat(browser.driver().findElements(By.cssSelector(".transcript img"))).isEmpty();
    assertThatThrownBy(() -> browser.driver().switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
  }

  @Test
  void signing_out_leaves_nothing_private_behind_the_back_button() {
    browser.signIn(app, ConsoleSessionTest.demoKey(app));
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/console/calendar"));
    browser.click(By.linkText("Conversations"));
    browser.waitFor(d -> d.getCurrentUrl().contains("/console/conversations"));
    browser.click(By.xpath("//button[text()='Sign out']"));
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/console/sign-in"));
    browser.driver().navigate().back();
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/console/sign-in"));
    assertThat(browser.text()).contains("Business key").doesNotContain("Conversations");
  }
}
