package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Owner tester: with BOOKLINE_DEMO=false, {@code /} still led to {@code /chat/demo}, a JSON 404 in
 * the browser. Without a demo it leads to the console's sign-in; with one, still to the demo chat.
 */
class ConsoleHomeWithoutDemoTest {
  @RegisterExtension static final Browser browser = Browser.desktop();

  @Test
  void without_a_demo_the_root_opens_the_console_sign_in() {
    try (TestApp app =
        TestApp.start(
            TestApp.mondayMorning(),
            Map.of("DATABASE_URL", TestPostgres.freshDatabase(), "BOOKLINE_DEMO", "false"))) {
      browser.go(app.base() + "/");
      browser.waitFor(d -> d.getCurrentUrl().endsWith("/console/sign-in") ? true : null);
      assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Bookline console");
      assertThat(browser.text()).contains("Business key").doesNotContain("not_found");
      browser.screenshots("home-without-demo");
    }
  }

  @Test
  void with_the_demo_the_root_still_opens_its_chat() {
    try (TestApp app = TestApp.start(TestApp.mondayMorning())) {
      browser.go(app.base() + "/");
      browser.waitFor(d -> d.getCurrentUrl().endsWith("/chat/demo") ? true : null);
    }
  }
}
