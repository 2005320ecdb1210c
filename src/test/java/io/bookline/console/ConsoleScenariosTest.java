package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.Browser;
import io.bookline.support.FakePlatform;
import io.bookline.support.TestApp;
import io.bookline.support.WhatsApp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * The owner's day in a real browser, against the real app on real Postgres (issue 12): she adds a
 * service and a staff member with a split shift, a customer books it in the web chat in another tab
 * and it lands on the open calendar without a reload, she moves it (the gap in the split shift is
 * refused) and cancels it; a WhatsApp customer asks for a person, she answers from the console and
 * the customer's platform receives it, and she gives the chat back to the bot. The clock stands at
 * Monday 23 Nov 2026, 08:00 in Berlin; the calendar shows that week.
 */
class ConsoleScenariosTest {
  static final FakePlatform platform = new FakePlatform();

  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase(settings(platform));

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app);

  /** A change that crosses the server, the database and the event stream: generous, not timed. */
  static final Duration ARRIVES = Duration.ofSeconds(30);

  static final String WEEK = "/console/calendar?week=2026-11-23";
  static final String CUSTOMER = "4915112345678";

  private long sent = TestApp.MONDAY_8AM_BERLIN.getEpochSecond();

  /** The settings that attach the demo business's WhatsApp number to {@code platform}. */
  static String[] settings(FakePlatform platform) {
    List<String> pairs = new ArrayList<>();
    for (Map.Entry<String, String> e : WhatsApp.env(platform).entrySet()) {
      pairs.add(e.getKey());
      pairs.add(e.getValue());
    }
    return pairs.toArray(String[]::new);
  }

  @AfterAll
  static void closePlatform() {
    platform.close();
  }

  /** Closes the chat tabs a test opened, so the next test starts in one tab. */
  @AfterEach
  void oneTab() {
    WebDriver driver = browser.driver();
    List<String> tabs = new ArrayList<>(driver.getWindowHandles());
    for (String tab : tabs.subList(1, tabs.size())) {
      driver.switchTo().window(tab).close();
    }
    driver.switchTo().window(tabs.getFirst());
  }

  TestApp.Caller owner() {
    return app.as(browser.key());
  }

  static void type(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
  }

  @Test
  void a_chat_booking_of_a_new_service_lands_on_the_open_calendar_and_is_moved_and_cancelled() {
    browser.signInAsOwner();

    // A new service on the Services page.
    browser.click(By.linkText("Services"));
    browser.waitForText("Your services");
    type(browser.byName("name"), "Hot Stone Massage");
    type(browser.byName("durationMinutes"), "60");
    type(browser.byName("price"), "55");
    type(browser.byName("synonyms"), "massage, stones");
    browser.button("Add service");
    browser.waitForText("Added Hot Stone Massage.");
    long service = serviceId("Hot Stone Massage");

    // Lena performs only that service, on Tuesdays 09:00–12:00 and 14:00–18:00.
    browser.click(By.linkText("Staff"));
    browser.waitForText("Your staff");
    type(browser.byName("name"), "Lena");
    for (WebElement box :
        browser.driver().findElements(By.cssSelector("main input[name='serviceIds']"))) {
      if (box.isSelected() != box.getAttribute("value").equals(String.valueOf(service))) {
        box.click();
      }
    }
    browser.byName("businessHours").click();
    WebElement addTuesday = browser.find(By.cssSelector("[aria-label='Add hours on Tuesday']"));
    addTuesday.click();
    addTuesday.click();
    shift("Tuesday hours 1", "09:00", "12:00");
    shift("Tuesday hours 2", "14:00", "18:00");
    browser.screenshots("staff-split-shift");
    browser.button("Add staff member");
    browser.waitForText("Added Lena.");
    JsonNode lena = staff("Lena");
    assertThat(lena.get("serviceIds").toString()).isEqualTo("[" + service + "]");
    assertThat(lena.get("hours").toString())
        .isEqualTo(
            "[{\"weekday\":2,\"opens\":\"09:00\",\"closes\":\"12:00\"},"
                + "{\"weekday\":2,\"opens\":\"14:00\",\"closes\":\"18:00\"}]");
    browser.waitForText("Tue 09:00–12:00, 14:00–18:00");

    // The calendar of this week stays open in the first tab.
    browser.go(app.base() + WEEK);
    browser.find(By.cssSelector(".day-col"));
    String console = browser.driver().getWindowHandle();
    assertThat(bookingBlocks("Hot Stone Massage")).isEmpty();

    // The customer books in the web chat, in a second tab of the same browser.
    WebDriver chat = browser.driver().switchTo().newWindow(WindowType.TAB);
    chat.get(app.base() + "/chat/demo");
    browser.waitForText("Demo Nail Studio");
    chatSay("I'd like a hot stone massage tomorrow at 10", "What name should I put the booking");
    chatSay("Maria", "Shall I book it?");
    chatSay("yes", "Booked! Hot Stone Massage on Tue 24 Nov at 10:00");
    long confirmed = System.nanoTime();

    // Back to the calendar, never reloaded: the booking arrives through the event stream.
    chat.switchTo().window(console);
    String shown =
        browser.waitFor(
            ARRIVES,
            d ->
                bookingBlocks("10:00 Hot Stone Massage").stream()
                    .map(WebElement::getText)
                    .findFirst()
                    .orElse(null));
    long tookMs = (System.nanoTime() - confirmed) / 1_000_000;
    System.out.println("chat confirmation to calendar update: " + tookMs + " ms");
    assertThat(shown).contains("Maria");
    browser.screenshots("calendar-with-chat-booking");
    long booking = onlyBooking(service).get("id").asLong();

    // Moving it into the gap of the split shift is refused with free times; 15:00 is taken.
    open("10:00 Hot Stone Massage, Maria");
    WebElement time = browser.find(By.cssSelector("dialog form[aria-label='Move'] [name='time']"));
    browser.setValue(time, "12:30");
    browser.click(By.xpath("//dialog//form[@aria-label='Move']//button[text()='Move']"));
    browser.waitFor(d -> d.findElement(By.cssSelector("dialog .free")).getText().contains("Free"));
    List<String> offered =
        browser.driver().findElements(By.cssSelector("dialog .free .times button")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(offered).isNotEmpty().noneMatch(t -> t.contains(" 12:") || t.contains(" 13:"));
    browser.screenshots("calendar-move");
    // The day's free times, by the same rules: the gap is not among them; one tap moves it.
    browser
        .find(By.xpath("//dialog//form[@aria-label='Move']//button[text()='Show free times']"))
        .click();
    browser.waitFor(
        d -> d.findElement(By.cssSelector("dialog .free")).getText().contains("that day"));
    List<WebElement> dayTimes =
        browser.driver().findElements(By.cssSelector("dialog .free .times button"));
    assertThat(dayTimes.stream().map(WebElement::getText).toList())
        .anyMatch(t -> t.contains(" 15:00"))
        .noneMatch(t -> t.contains(" 12:") || t.contains(" 13:"));
    dayTimes.stream().filter(b -> b.getText().contains(" 15:00")).findFirst().orElseThrow().click();
    browser.waitFor(d -> d.findElements(By.tagName("dialog")).isEmpty());
    browser.waitFor(ARRIVES, d -> !bookingBlocks("15:00 Hot Stone Massage").isEmpty());
    assertThat(OffsetDateTime.parse(onlyBooking(service).get("start").asText()).toInstant())
        .isEqualTo(Instant.parse("2026-11-24T14:00:00Z")); // 15:00 in Berlin

    // And cancel it: it leaves the calendar and the API says cancelled.
    open("15:00 Hot Stone Massage, Maria");
    browser.click(By.xpath("//dialog//button[text()='Cancel booking']"));
    browser.waitFor(d -> d.findElements(By.tagName("dialog")).isEmpty());
    browser.waitFor(ARRIVES, d -> bookingBlocks("Hot Stone Massage").isEmpty());
    assertThat(
            owner()
                .get("/api/bookings?from=2026-11-23&to=2026-11-29&status=cancelled")
                .json()
                .get("bookings")
                .findValuesAsText("id"))
        .contains(String.valueOf(booking));
  }

  @Test
  void a_web_visitor_without_a_name_is_listed_as_one_with_times_in_the_business_zone() {
    var chat = app.post("/webhooks/web/demo", "{\"text\":\"do you do gift cards?\"}");
    assertThat(chat.status()).as(chat.body()).isEqualTo(200);
    var listed = owner().get("/api/conversations").json().get("conversations");
    com.fasterxml.jackson.databind.JsonNode visitor = null;
    for (var c : listed) {
      if (c.path("platform").asText().equals("web") && c.path("customerName").isNull()) {
        visitor = c;
      }
    }
    assertThat(visitor).as(listed.toString()).isNotNull();
    String id = visitor.get("customer").asText();
    String label = "Web visitor " + id.substring(id.length() - 4);

    browser.signInAsOwner();
    browser.click(By.partialLinkText("Conversations"));
    // The row's text, read in the same look as it is found: the list is drawn again as it
    // refreshes, and an element kept from an earlier drawing is stale.
    String row =
        browser.waitFor(
            d ->
                d.findElements(By.cssSelector(".conversations li")).stream()
                    .map(WebElement::getText)
                    .filter(text -> text.contains(label))
                    .findFirst()
                    .orElse(null));
    assertThat(row).doesNotContain(id);
    // The browser runs in UTC here; the salon is in Berlin, and so are the times it reads,
    // written as the calendar writes them (ADR 0095).
    String berlin =
        OffsetDateTime.parse(visitor.get("lastMessageAt").asText())
            .atZoneSameInstant(java.time.ZoneId.of("Europe/Berlin"))
            .format(java.time.format.DateTimeFormatter.ofPattern("EEE d.M. HH:mm", Locale.ENGLISH));
    assertThat(row).contains("web · " + berlin);
  }

  @Test
  void a_customer_handed_over_gets_the_staff_reply_on_whatsapp_and_the_bot_back_after() {
    browser.signInAsOwner();
    whatsapp("I want to talk to a human");
    assertThat(lastToCustomer()).startsWith("OK, I've asked a member of the team to take over.");

    // The badge counts the waiting conversation without a reload.
    browser.waitFor(
        ARRIVES, d -> d.findElement(By.id("waiting-badge")).getText().equals("1") ? true : null);
    browser.click(By.partialLinkText("Conversations"));
    browser.waitForText("Waiting for a person");
    browser.waitForText("I want to talk to a human");
    assertThat(browser.find(By.cssSelector(".conversations li:first-child")).getText())
        .contains("Waiting for a person");

    int before = platform.calls("whatsapp").size();
    type(browser.byName("text"), "Hi, this is Anna. Tuesday at 3 works for us.");
    browser.button("Send reply");
    await()
        .atMost(ARRIVES)
        .until(
            () ->
                platform.calls("whatsapp").size() > before
                    && lastToCustomer().equals("Hi, this is Anna. Tuesday at 3 works for us."));
    assertThat(platform.calls("whatsapp").getLast().body().path("to").asText()).isEqualTo(CUSTOMER);
    browser.waitFor(
        d ->
            d.findElement(By.cssSelector(".transcript li.staff:last-child"))
                .getText()
                .contains("Tuesday at 3"));

    // The customer's answer appears in the open transcript by itself.
    whatsappSilently("Great, see you then");
    browser.waitFor(ARRIVES, d -> browser.text().contains("Great, see you then"));
    browser.screenshots("conversation-handoff");

    browser.button("Give back to the bot");
    browser.waitForText("The bot is answering.");
    // Without a reply form, the pane once showed the word "null" under "Take over".
    assertThat(browser.find(By.cssSelector(".transcript-pane")).getText())
        .contains("Take over")
        .doesNotContainPattern("\\bnull\\b");
    assertThat(whatsapp("hi")).isEqualTo("You're talking to our automated assistant again.");
  }

  /** Opens a booking's details; the calendar may have drawn itself again since it was found. */
  void open(String label) {
    browser.waitFor(
        d -> {
          d.findElement(By.cssSelector(".calendar .booking[aria-label^='" + label + "']")).click();
          return d.findElement(By.tagName("dialog")).isDisplayed();
        });
  }

  void shift(String label, String opens, String closes) {
    browser.setValue(browser.find(By.cssSelector("[aria-label='" + label + " from']")), opens);
    browser.setValue(browser.find(By.cssSelector("[aria-label='" + label + " until']")), closes);
  }

  void chatSay(String text, String expect) {
    WebElement input = browser.find(By.id("text"));
    input.sendKeys(text, Keys.ENTER);
    browser.waitFor(
        ARRIVES,
        d ->
            d.findElements(By.cssSelector("#log .msg.bot")).stream()
                .anyMatch(m -> m.getText().contains(expect)));
  }

  List<WebElement> bookingBlocks(String text) {
    return browser.driver().findElements(By.cssSelector(".calendar .booking")).stream()
        .filter(b -> b.getText().replace('\n', ' ').contains(text))
        .toList();
  }

  long serviceId(String name) {
    for (JsonNode s : owner().get("/api/services").json().get("services")) {
      if (s.get("name").asText().equals(name)) {
        return s.get("id").asLong();
      }
    }
    throw new AssertionError("no service " + name);
  }

  JsonNode staff(String name) {
    for (JsonNode s : owner().get("/api/staff").json().get("staff")) {
      if (s.get("name").asText().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no staff member " + name);
  }

  JsonNode onlyBooking(long service) {
    List<JsonNode> found = new ArrayList<>();
    owner()
        .get("/api/bookings?from=2026-11-23&to=2026-11-29&status=confirmed")
        .json()
        .get("bookings")
        .forEach(
            b -> {
              if (b.get("serviceId").asLong() == service) {
                found.add(b);
              }
            });
    assertThat(found).hasSize(1);
    return found.getFirst();
  }

  /** Sends a WhatsApp message and returns the bot's first answer to reach the platform. */
  String whatsapp(String text) {
    int before = platform.calls("whatsapp").size();
    whatsappSilently(text);
    await().atMost(ARRIVES).until(() -> platform.calls("whatsapp").size() > before);
    return text(platform.calls("whatsapp").get(before).body());
  }

  void whatsappSilently(String text) {
    byte[] body = WhatsApp.text("wamid.console." + sent, CUSTOMER, text, sent++);
    assertThat(WhatsApp.post(app, body).status()).isEqualTo(200);
  }

  String lastToCustomer() {
    return text(platform.calls("whatsapp").getLast().body());
  }

  static String text(JsonNode call) {
    return call.path("text").path("body").asText(call.toString());
  }

  static Object script(String js, Object... args) {
    return ((JavascriptExecutor) browser.driver()).executeAsyncScript(js, args);
  }
}
