package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TcpProxy;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Owner tester: while Postgres was away, {@code /console/calendar} showed the browser the API's raw
 * {@code {"error":"unavailable",…}}. A console page now says it is temporarily unavailable in the
 * console's own look and retries by itself, landing on the page once the database is back; the
 * owner API keeps answering JSON.
 */
class ConsoleOutagePageTest {
  @RegisterExtension static final Browser browser = Browser.desktop();

  @Test
  void a_console_page_during_an_outage_is_a_readable_page_that_retries_until_the_database_is_back()
      throws Exception {
    String direct = TestPostgres.freshDatabase();
    URI uri = URI.create(direct.substring("jdbc:".length()));
    try (TcpProxy proxy = new TcpProxy(uri.getHost(), uri.getPort())) {
      String viaProxy = direct.replace(":" + uri.getPort() + "/", ":" + proxy.port() + "/");
      try (TestApp app = TestApp.start(TestApp.mondayMorning(), Map.of("DATABASE_URL", viaProxy))) {
        var issued = app.as(TestApp.ADMIN_KEY, "demo").post("/api/keys", "{\"label\":\"c\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String key = issued.json().get("apiKey").asText();
        browser.signIn(app, key);
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/console/calendar") ? true : null);

        proxy.cut();
        browser.go(app.base() + "/console/calendar?week=2026-11-23");
        browser.waitForText("Temporarily unavailable, retrying");
        assertThat(browser.text()).doesNotContain("\"error\"").doesNotContain("unavailable\",");
        assertThat(browser.driver().findElements(By.cssSelector("link[rel=stylesheet]")))
            .as("the console's look")
            .hasSize(1);
        browser.screenshots("console-unavailable");
        var api = app.as(key).get("/api/bookings?from=2026-11-23&to=2026-11-29");
        assertThat(api.status()).isEqualTo(503);
        assertThat(api.json().get("error").asText()).isEqualTo("unavailable");

        proxy.restore();
        browser.waitFor(
            Duration.ofSeconds(30),
            d -> d.findElement(By.tagName("h1")).getText().equals("Calendar") ? true : null);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/console/calendar?week=2026-11-23");
      }
    }
  }
}
