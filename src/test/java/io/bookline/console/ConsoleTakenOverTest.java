package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A chat the owner took over said "Waiting for a person", and the navigation's badge counted it. A
 * conversation the owner is handling says so and is not counted; one whose customer asked for a
 * person and nobody answered still waits. Web-chat visitors "vera" and "wait".
 */
class ConsoleTakenOverTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app);

  static By row(String who) {
    return By.xpath(
        "//ul[@class='conversations']/li[.//span[@class='name' and .='" + who + "']]//button");
  }

  /** The row's text, read in the same look as it is found: the list redraws as it refreshes. */
  static String rowText(String who) {
    return browser.waitFor(d -> d.findElement(row(who)).getText());
  }

  static String badge() {
    WebElement b = browser.find(By.id("waiting-badge"));
    return b.isDisplayed() ? b.getText() : "hidden";
  }

  @Test
  void a_conversation_the_owner_took_over_is_theirs_not_waiting_and_not_counted() {
    app.say("vera", "hello, do you have time on friday?");
    app.say("wait", "I want to talk to a human");
    browser.signInAsOwner();
    browser.waitFor(d -> badge().equals("1"));
    browser.click(By.partialLinkText("Conversations"));
    browser.waitFor(d -> rowText("Web visitor wait").contains("Waiting for a person"));

    browser.click(row("Web visitor vera"));
    browser.button("Take over");
    browser.waitForText("Give back to the bot");
    browser.waitFor(d -> rowText("Web visitor vera").contains("You're handling this"));
    assertThat(rowText("Web visitor vera")).doesNotContain("Waiting for a person");
    assertThat(rowText("Web visitor wait")).contains("Waiting for a person");
    browser.waitFor(d -> badge().equals("1"));
    assertThat(browser.find(By.cssSelector(".transcript-pane")).getText())
        .contains("You're handling this");
    browser.screenshots("conversation-taken-over");

    // The one waiting is taken over too: the owner's, and nothing waits any more.
    browser.click(row("Web visitor wait"));
    browser.waitForText("Waiting for a person: the bot stays quiet.");
    browser.button("Take over");
    browser.waitFor(d -> rowText("Web visitor wait").contains("You're handling this"));
    browser.waitFor(d -> badge().equals("hidden"));
    browser.byName("text").sendKeys("Hi, this is Anna. How can I help?");
    browser.button("Send reply");
    browser.waitFor(d -> browser.text().contains("How can I help?"));

    // Still so after a reload, and on another page.
    browser.driver().navigate().refresh();
    browser.waitFor(d -> rowText("Web visitor vera").contains("You're handling this"));
    browser.click(By.linkText("Services"));
    browser.waitForText("Your services");
    assertThat(badge()).isEqualTo("hidden");

    // Given back to the bot, and then the customer asks for a person: waiting again.
    browser.click(By.partialLinkText("Conversations"));
    browser.click(row("Web visitor vera"));
    browser.button("Give back to the bot");
    browser.waitForText("The bot is answering.");
    app.say("vera", "I want to talk to a human");
    browser.waitFor(d -> rowText("Web visitor vera").contains("Waiting for a person"));
    browser.waitFor(d -> badge().equals("1"));
  }
}
