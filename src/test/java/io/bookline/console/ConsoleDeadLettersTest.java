package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.Browser;
import io.bookline.support.FakePlatform;
import io.bookline.support.TestApp;
import io.bookline.support.WhatsApp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Replies a platform refused for good are listed on the Channels page and sent again from there,
 * one at a time or all at once (issue 12), against a recording fake WhatsApp API.
 */
class ConsoleDeadLettersTest {
  static final FakePlatform platform = new FakePlatform();

  @RegisterExtension
  static final TestApp app = TestApp.onFreshDatabase(ConsoleScenariosTest.settings(platform));

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app);

  static final Duration ARRIVES = Duration.ofSeconds(30);

  private long sent = TestApp.MONDAY_8AM_BERLIN.getEpochSecond();

  @AfterAll
  static void closePlatform() {
    platform.close();
  }

  TestApp.Caller owner() {
    return app.as(browser.key());
  }

  @Test
  void replies_the_platform_refused_are_listed_and_sent_again_one_and_then_all() {
    FakePlatform.Answer refused =
        new FakePlatform.Answer(
            400, "{\"error\":{\"message\":\"Re-engagement message\",\"code\":131047}}", null);
    platform.then(refused, refused, refused);
    int before = platform.calls("whatsapp").size();
    whatsappFrom("4915199990001", "what are your opening hours?");
    whatsappFrom("4915199990002", "what are your opening hours?");
    whatsappFrom("4915199990003", "what are your opening hours?");
    await().atMost(ARRIVES).until(() -> dead().size() == 3);
    assertThat(platform.calls("whatsapp")).hasSize(before + 3);

    browser.signInAsOwner();
    browser.click(By.linkText("Channels"));
    browser.waitForText("Not delivered");
    browser.waitForText("131047");
    // Each with the request id the owner can quote to support, small and monospace.
    List<String> requestIds = dead().stream().map(d -> d.path("requestId").asText("")).toList();
    assertThat(requestIds).hasSize(3).allMatch(id -> !id.isBlank());
    browser.waitForText(requestIds.getFirst());
    assertThat(
            browser
                .driver()
                .findElements(By.cssSelector("section[aria-labelledby=dead-h] code"))
                .stream()
                .map(e -> e.getText())
                .toList())
        .as("each request id in a code element")
        .anySatisfy(t -> assertThat(t).contains(requestIds.get(0)))
        .anySatisfy(t -> assertThat(t).contains(requestIds.get(1)))
        .anySatisfy(t -> assertThat(t).contains(requestIds.get(2)));
    browser.screenshots("channels-dead-letters");
    browser.click(By.cssSelector("main [aria-label^='Send again: ']"));
    browser.waitForText("Queued to send again.");
    await().atMost(ARRIVES).until(() -> dead().size() == 2);
    browser.button("Send all 2 again");
    browser.waitForText("2 replies queued to send again.");
    await().atMost(ARRIVES).until(() -> platform.calls("whatsapp").size() == before + 6);
    browser.waitFor(ARRIVES, d -> browser.text().contains("Every reply was delivered."));
    // Without a "Send all" button, the section once showed the word "null" under its heading.
    assertThat(browser.find(By.cssSelector("section[aria-labelledby=dead-h]")).getText())
        .doesNotContainPattern("\\bnull\\b");
    assertThat(dead()).isEmpty();
  }

  @Test
  void an_account_connected_on_the_channels_page_shows_its_webhook_url_and_can_be_removed() {
    browser.signInAsOwner();
    browser.click(By.linkText("Channels"));
    browser.waitForText("Connect a channel");
    // A Telegram bot's id is the business's slug: shown, not typed.
    var platformChoice =
        new org.openqa.selenium.support.ui.Select(
            browser.find(
                By.cssSelector("section[aria-labelledby=connect-h] select[name=platform]")));
    platformChoice.selectByValue("telegram");
    var slug =
        browser.waitFor(
            d -> {
              var input =
                  d.findElement(
                      By.cssSelector("section[aria-labelledby=connect-h] input[name=externalId]"));
              return "demo".equals(input.getDomProperty("value")) ? input : null;
            });
    assertThat(slug.getDomAttribute("readonly")).isNotNull();

    platformChoice =
        new org.openqa.selenium.support.ui.Select(
            browser.find(
                By.cssSelector("section[aria-labelledby=connect-h] select[name=platform]")));
    platformChoice.selectByValue("whatsapp");
    browser.setValue(
        browser.find(By.cssSelector("section[aria-labelledby=connect-h] input[name=externalId]")),
        "5550002");
    browser.setValue(
        browser.find(By.cssSelector("section[aria-labelledby=connect-h] input[name=appSecret]")),
        "wa-console-secret");
    for (String secret : new String[] {"accessToken", "verifyToken"}) {
      browser.setValue(
          browser.find(
              By.cssSelector("section[aria-labelledby=connect-h] input[name=" + secret + "]")),
          "wa-console-" + secret);
    }
    browser.button("Connect");
    browser.waitForText("WhatsApp connected.");
    browser.waitForText("WhatsApp · 5550002");
    assertThat(browser.text()).contains(app.base() + "/webhooks/whatsapp");
    browser.screenshots("channels-connected");

    browser.click(By.cssSelector("main [aria-label='Remove WhatsApp 5550002']"));
    browser.driver().switchTo().alert().accept();
    browser.waitForText("5550002 removed.");
    browser.waitFor(d -> !browser.text().contains("WhatsApp · 5550002"));
    assertThat(owner().get("/api/channels").body()).doesNotContain("5550002");
  }

  List<JsonNode> dead() {
    List<JsonNode> rows = new ArrayList<>();
    owner().get("/api/outbox/dead").json().get("dead").forEach(rows::add);
    return rows;
  }

  void whatsappFrom(String customer, String text) {
    byte[] body = WhatsApp.text("wamid.console." + sent, customer, text, sent++);
    assertThat(WhatsApp.post(app, body).status()).isEqualTo(200);
  }
}
