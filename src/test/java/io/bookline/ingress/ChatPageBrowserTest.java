package io.bookline.ingress;

import static io.bookline.db.Schema.Inbox;
import static io.bookline.db.Schema.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web chat page in headless Chromium (issue 15 item 7, issue 14 findings 4 and 12): the
 * greeting comes from the server and no "Hi" turn is stored, a returning visitor sees the
 * conversation so far, the placeholder fits a 390 px phone, the page's code runs under its
 * Content-Security-Policy, another site frames it only once the business lists that site, and a
 * reminder's tapped button reads as its label after a reload. Screenshots (390 and 1280 px) go to
 * {@code target/screenshots/chat}; docs/chat keeps a copy.
 */
class ChatPageBrowserTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();
  @RegisterExtension final Browser browser = Browser.phone();

  static final Path SCREENSHOTS = Path.of("target", "screenshots", "chat");
  static final Dimension PHONE = Browser.PHONE;
  static final Dimension DESKTOP = Browser.DESKTOP;

  <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(condition);
  }

  List<String> bubbles(String cls) {
    return browser.driver().findElements(By.cssSelector("#log .msg." + cls)).stream()
        .map(WebElement::getText)
        .toList();
  }

  void screenshots(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    for (Dimension size : List.of(PHONE, DESKTOP)) {
      browser.driver().manage().window().setSize(size);
      waitFor(d -> d.findElement(By.id("log")).isDisplayed());
      Files.write(
          SCREENSHOTS.resolve(name + "-" + size.getWidth() + ".png"),
          browser.driver().getScreenshotAs(OutputType.BYTES));
    }
    browser.driver().manage().window().setSize(PHONE);
  }

  void say(String text) {
    int before = bubbles("bot").size();
    WebElement input = browser.driver().findElement(By.id("text"));
    input.sendKeys(text);
    browser.driver().findElement(By.id("send")).click();
    waitFor(d -> bubbles("bot").size() > before);
  }

  @Test
  void the_greeting_comes_from_the_server_and_a_returning_visitor_sees_the_conversation()
      throws IOException {
    browser.driver().manage().window().setSize(PHONE);
    browser.driver().get(app.base() + "/chat/demo");
    String greeting = waitFor(d -> bubbles("bot").isEmpty() ? null : bubbles("bot").get(0));
    assertThat(greeting).startsWith("Hi! This is Demo Nail Studio.");
    assertThat(browser.driver().findElements(By.cssSelector(".options button")))
        .extracting(WebElement::getText)
        .contains("Book an appointment", "Prices");
    assertThat(bubbles("me")).isEmpty();
    // Nobody said "Hi": nothing was recorded or stored.
    var db = app.app().database().dsl();
    assertThat(db.fetchCount(Inbox.T)).isZero();
    assertThat(db.fetchCount(Messages.T)).isZero();
    // The page's inline style ran under its policy (by hash): the header has the accent colour.
    assertThat(browser.driver().findElement(By.tagName("header")).getCssValue("background-color"))
        .isEqualTo("rgba(124, 58, 237, 1)");
    // The placeholder fits the input at 390 px.
    Object fits =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "const i = document.getElementById('text'); const s = getComputedStyle(i);"
                    + " const c = document.createElement('canvas').getContext('2d');"
                    + " c.font = s.font;"
                    + " const room = i.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);"
                    + " return [c.measureText(i.placeholder).width, room];");
    @SuppressWarnings("unchecked")
    List<Number> widths = (List<Number>) fits;
    assertThat(widths.get(0).doubleValue())
        .as("placeholder width vs room")
        .isLessThan(widths.get(1).doubleValue());
    screenshots("chat-greeting");

    say("basic manicure tomorrow at 10");
    say("Maria");
    int before = bubbles("bot").size();
    waitFor(
        d ->
            d.findElements(By.cssSelector(".options button")).stream()
                .anyMatch(b -> b.getText().equals("Yes")));
    browser.driver().findElements(By.cssSelector(".options button")).stream()
        .filter(b -> b.getText().equals("Yes"))
        .findFirst()
        .orElseThrow()
        .click();
    waitFor(d -> bubbles("bot").size() > before);
    assertThat(bubbles("bot").get(bubbles("bot").size() - 1)).startsWith("Booked!");
    // The booking's calendar file, offered under the confirmation (issue 16).
    waitFor(d -> !d.findElements(By.cssSelector("a.calendar")).isEmpty());
    assertThat(browser.driver().findElement(By.cssSelector("a.calendar")).getAttribute("href"))
        .contains("/calendar/booking/");
    screenshots("chat-booked");
    int inbox = db.fetchCount(Inbox.T);
    assertThat(inbox).isEqualTo(3);

    // Back later: the conversation so far, no greeting, no new turn.
    browser.driver().get(app.base() + "/chat/demo");
    waitFor(d -> bubbles("me").size() == 3);
    assertThat(bubbles("me")).containsExactly("basic manicure tomorrow at 10", "Maria", "Yes");
    assertThat(bubbles("bot")).hasSize(3);
    assertThat(bubbles("bot").get(2)).startsWith("Booked!");
    assertThat(bubbles("bot")).noneMatch(t -> t.startsWith("Hi! This is"));
    // The confirmation still offers the booking's calendar file, once.
    waitFor(d -> !d.findElements(By.cssSelector("a.calendar")).isEmpty());
    assertThat(browser.driver().findElements(By.cssSelector("a.calendar")))
        .singleElement()
        .satisfies(a -> assertThat(a.getAttribute("href")).contains("/calendar/booking/"));
    assertThat(db.fetchCount(Inbox.T)).isEqualTo(inbox);
    screenshots("chat-returning");
  }

  @Test
  void a_tapped_reminder_button_shows_its_label_after_a_reload() throws IOException {
    browser.driver().manage().window().setSize(PHONE);
    browser.driver().get(app.base() + "/chat/demo");
    waitFor(d -> !bubbles("bot").isEmpty());
    say("pedicure tomorrow at 10");
    say("Wendy");
    say("yes");
    assertThat(bubbles("bot").getLast()).startsWith("Booked!");
    // The day before: the reminder waits in the transcript for the chat's next opening.
    app.clock().set(Instant.parse("2026-11-23T09:00:05Z"));
    app.app().reminders().runOnce();

    browser.driver().get(app.base() + "/chat/demo");
    waitFor(d -> bubbles("bot").size() == 4);
    assertThat(bubbles("bot").getLast()).startsWith("Reminder from Demo Nail Studio");
    List<WebElement> buttons =
        waitFor(
            d -> {
              List<WebElement> b = d.findElements(By.cssSelector(".options button"));
              return b.size() == 3 ? b : null;
            });
    assertThat(buttons).extracting(WebElement::getText).containsExactly("Keep", "Cancel", "Move");
    screenshots("chat-reminder");
    buttons.get(2).click();
    waitFor(d -> bubbles("bot").size() == 5);
    assertThat(bubbles("bot").getLast()).startsWith("Let's move your Pedicure");
    assertThat(bubbles("me").getLast()).isEqualTo("Move");

    // After a reload the history shows the button the customer tapped, not the id it sent.
    browser.driver().get(app.base() + "/chat/demo");
    waitFor(d -> bubbles("bot").size() == 5);
    assertThat(bubbles("me")).containsExactly("pedicure tomorrow at 10", "Wendy", "yes", "Move");
    assertThat(browser.driver().findElements(By.cssSelector(".options button")))
        .extracting(WebElement::getText)
        .containsExactly("Today", "Tomorrow", "Wednesday", "Thursday");
    screenshots("chat-reminder-moved");
    // The owner's transcript says it too; the id tapped stays in the line's metadata.
    assertThat(
            app.app()
                .database()
                .dsl()
                .fetchValue(
                    "select content_text || ' ' || (metadata ->> 'tap') from messages"
                        + " where provider = 'tap'"))
        .asString()
        .matches("Move bk:move:\\d+");
  }

  @Test
  void another_site_frames_the_chat_only_once_the_business_lists_it() throws Exception {
    HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String chat = app.base() + "/chat/demo";
    site.createContext(
        "/",
        ex -> {
          byte[] page =
              ("<!doctype html><title>Salon</title><h1>Salon site</h1>"
                      + "<iframe id=chat src=\""
                      + chat
                      + "\" width=380 height=600></iframe>")
                  .getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          ex.sendResponseHeaders(200, page.length);
          ex.getResponseBody().write(page);
          ex.close();
        });
    site.start();
    try {
      String origin = "http://127.0.0.1:" + site.getAddress().getPort();
      browser.driver().get(origin + "/");
      // Until the frame has navigated away from its first about:blank and finished loading: then
      // it shows either the chat or the browser's refusal.
      String landed =
          waitFor(
              d -> {
                d.switchTo().defaultContent();
                d.switchTo().frame(d.findElement(By.id("chat")));
                JavascriptExecutor js = (JavascriptExecutor) d;
                String href = (String) js.executeScript("return location.href");
                boolean done = "complete".equals(js.executeScript("return document.readyState"));
                return done && !href.equals("about:blank") ? href : null;
              });
      assertThat(landed).as("the refused frame").doesNotStartWith(chat);
      assertThat(browser.driver().findElements(By.id("log")))
          .as("framed before being allowed")
          .isEmpty();
      browser.driver().switchTo().defaultContent();

      var allowed =
          app.as(TestApp.ADMIN_KEY, "demo")
              .patch("/api/business", "{\"frameAncestors\":[\"" + origin + "\"]}");
      assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
      browser.driver().get(origin + "/");
      WebElement frame = waitFor(d -> d.findElement(By.id("chat")));
      browser.driver().switchTo().frame(frame);
      String greeting = waitFor(d -> bubbles("bot").isEmpty() ? null : bubbles("bot").get(0));
      assertThat(greeting).startsWith("Hi! This is Demo Nail Studio.");
    } finally {
      site.stop(0);
    }
  }

  @Test
  void what_a_person_writes_from_the_console_appears_on_the_open_page() throws IOException {
    browser.driver().manage().window().setSize(PHONE);
    browser.driver().get(app.base() + "/chat/demo");
    waitFor(d -> !bubbles("bot").isEmpty());
    say("I want to talk to a person");
    assertThat(bubbles("bot").getLast()).startsWith("OK, I've asked a member of the team");
    long conversation =
        ((Number) app.app().database().dsl().fetchValue("select id from conversations"))
            .longValue();
    var owner = app.as(TestApp.ADMIN_KEY, "demo");
    var reply =
        owner.post(
            "/api/conversations/" + conversation + "/reply",
            "{\"text\":\"Hi, this is Anna. Of course you can bring her!\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    // No reload: the page looks for a person's lines by itself.
    waitFor(d -> bubbles("staff").size() == 1);
    assertThat(bubbles("staff").getFirst())
        .endsWith("Hi, this is Anna. Of course you can bring her!");
    screenshots("chat-staff-reply");
    // Drawn once, however often the page looks again.
    owner.post("/api/conversations/" + conversation + "/reply", "{\"text\":\"See you then.\"}");
    waitFor(d -> bubbles("staff").size() == 2);
    assertThat(bubbles("staff")).hasSize(2);
    assertThat(bubbles("bot")).hasSize(2);
    assertThat(bubbles("me")).containsExactly("I want to talk to a person");
  }

  @Test
  void the_api_docs_still_render_under_the_default_policy() {
    browser.driver().manage().window().setSize(DESKTOP);
    browser.driver().get(app.base() + "/docs");
    // Swagger UI draws one block per operation once it has read /openapi.json.
    waitFor(d -> d.findElements(By.cssSelector(".opblock")).size() > 20);
    assertThat(browser.driver().findElement(By.cssSelector(".swagger-ui .info .title")).getText())
        .contains("Bookline");
  }
}
