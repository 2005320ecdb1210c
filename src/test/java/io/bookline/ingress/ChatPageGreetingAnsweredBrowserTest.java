package io.bookline.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web chat page in headless Chromium: a visitor who answers the page's greeting with "ok" is
 * nodded to, not greeted a second time (the page says it greeted; a later message does not).
 */
class ChatPageGreetingAnsweredBrowserTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();
  @RegisterExtension final Browser browser = Browser.phone();

  <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(condition);
  }

  List<String> bots() {
    return browser.driver().findElements(By.cssSelector("#log .msg.bot")).stream()
        .map(WebElement::getText)
        .toList();
  }

  void say(String text) {
    int before = bots().size();
    browser.driver().findElement(By.id("text")).sendKeys(text);
    browser.driver().findElement(By.id("send")).click();
    waitFor(d -> bots().size() > before);
  }

  @Test
  void ok_to_the_pages_greeting_is_nodded_to_and_a_later_hi_is_greeted() {
    browser.driver().get(app.base() + "/chat/demo");
    waitFor(d -> !bots().isEmpty());
    assertThat(bots().getFirst()).startsWith("Hi! This is Demo Nail Studio.");

    say("ok");
    assertThat(bots()).hasSize(2);
    assertThat(bots().getLast()).isEqualTo("👍 Anything else I can help with?");

    say("hi");
    assertThat(bots().getLast()).startsWith("Hi! This is Demo Nail Studio.");
  }
}
