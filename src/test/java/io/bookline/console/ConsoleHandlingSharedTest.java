package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "You're handling this" was remembered by the browser that took a conversation over: the owner's
 * phone kept saying "Waiting for a person" and counted it in the badge while the desk had answered.
 * The console now shows who has a conversation as the owner API says it (ADR 0100), on every
 * browser of the business and live, without a reload. Web-chat visitor "wait".
 */
class ConsoleHandlingSharedTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser desk = Browser.forOwnerOf(app);

  @RegisterExtension static final Browser phone = Browser.forOwnerOf(app);

  static By row(String who) {
    return By.xpath(
        "//ul[@class='conversations']/li[.//span[@class='name' and .='" + who + "']]//button");
  }

  static String rowText(Browser b, String who) {
    return b.waitFor(d -> d.findElement(row(who)).getText());
  }

  static String badge(Browser b) {
    WebElement badge = b.find(By.id("waiting-badge"));
    return badge.isDisplayed() ? badge.getText() : "hidden";
  }

  @Test
  void a_take_over_at_the_desk_shows_on_the_owner_s_phone_live() {
    app.say("wait", "I want to talk to a human");
    for (Browser b : new Browser[] {desk, phone}) {
      b.signInAsOwner();
      b.click(By.partialLinkText("Conversations"));
      b.waitFor(d -> rowText(b, "Web visitor wait").contains("Waiting for a person"));
      b.waitFor(d -> badge(b).equals("1"));
    }

    desk.click(row("Web visitor wait"));
    desk.button("Take over");
    desk.waitFor(d -> rowText(desk, "Web visitor wait").contains("You're handling this"));

    // The other browser never took it over: it learns it from the API, through the live feed.
    phone.waitFor(d -> rowText(phone, "Web visitor wait").contains("You're handling this"));
    assertThat(rowText(phone, "Web visitor wait")).doesNotContain("Waiting for a person");
    phone.waitFor(d -> badge(phone).equals("hidden"));
    phone.waitFor(
        d ->
            d.findElement(By.cssSelector(".transcript-pane"))
                .getText()
                .contains("You're handling this: the bot stays quiet until you give it back."));
    assertThat(phone.find(By.cssSelector(".transcript-pane")).getText())
        .containsPattern("Last taken over or answered Mon 23\\.11\\.( 2026)? 08:00\\.");
    phone.screenshots("conversation-handled-elsewhere");

    // Given back on the phone: the desk shows the bot has it, live too.
    phone.button("Give back to the bot");
    phone.waitForText("The bot is answering.");
    desk.waitFor(
        d ->
            d.findElement(By.cssSelector(".transcript-pane"))
                .getText()
                .contains("The bot is answering."));
    assertThat(rowText(desk, "Web visitor wait")).doesNotContain("You're handling this");
  }
}
