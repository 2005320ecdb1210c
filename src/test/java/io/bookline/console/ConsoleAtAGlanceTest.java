package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What an owner's first-week review missed at a glance, in a real browser: a party booking's second
 * person, prices with their currency, each conversation's last message, a phone-width calendar with
 * four staff members, and a navigation that stays put from page to page. The demo studio, Monday 23
 * November 2026.
 */
class ConsoleAtAGlanceTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app);

  private static void signedIn(int width) {
    browser.driver().manage().window().setSize(new Dimension(width, 900));
    browser.signInAsOwner();
  }

  private static Object script(String js) {
    return ((JavascriptExecutor) browser.driver()).executeScript(js);
  }

  @Test
  void a_party_bookings_second_person_is_named_in_the_api_the_calendar_and_the_details() {
    app.say("party", "a manicure for my daughter and me on friday at 10");
    app.say("party", "Ann Lee");
    assertThat(app.say("party", "yes")).startsWith("Booked!");
    app.say("party", "Mia");
    assertThat(app.say("party", "yes")).startsWith("Booked!");

    List<String> guests = new ArrayList<>();
    for (JsonNode b :
        app.as(browser.key())
            .get("/api/bookings?from=2026-11-27&to=2026-11-27")
            .json()
            .get("bookings")) {
      if (b.get("customerName").asText().equals("Ann Lee")) {
        guests.add(b.get("guestName").isNull() ? null : b.get("guestName").asText());
      }
    }
    assertThat(guests).containsExactly(null, "Mia");

    for (int width : new int[] {Browser.DESKTOP.width, Browser.PHONE.width}) {
      signedIn(width);
      browser.go(app.base() + "/console/calendar?week=2026-11-23&day=2026-11-27");
      browser.waitForText("Mia (guest of Ann Lee)");
      browser.click(By.cssSelector(".calendar .booking[aria-label*='for Mia']"));
      assertThat(browser.find(By.cssSelector("dialog dl.facts")).getText())
          .contains("Mia (guest of Ann Lee)");
      browser.shoot("glance-party-" + width, new Dimension(width, 900));
    }
  }

  @Test
  void the_services_table_shows_each_price_in_the_business_currency_with_cents() {
    var made =
        app.as(browser.key())
            .post(
                "/api/services",
                "{\"name\":\"Paraffin Hand Treatment\",\"durationMinutes\":45,\"price\":22.5}");
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    for (int width : new int[] {Browser.DESKTOP.width, Browser.PHONE.width}) {
      signedIn(width);
      browser.click(By.linkText("Services"));
      browser.waitForText("€22.50");
      assertThat(
              browser.find(By.xpath("//tr[th[contains(., 'Paraffin Hand Treatment')]]")).getText())
          .contains("€22.50");
      assertThat(browser.find(By.xpath("//tr[th[contains(., 'Basic Manicure')]]")).getText())
          .contains("€25.00");
      Object sideways =
          script(
              "const w = document.querySelector('.table-wrap');"
                  + " return w.scrollWidth > w.clientWidth;");
      assertThat(sideways).as("the table scrolls sideways at " + width).isEqualTo(false);
    }
  }

  @Test
  void each_conversation_shows_its_last_message_shortened_as_text_and_its_time() {
    app.say("vera", "I want to talk to a human");
    long id = -1;
    for (JsonNode c : app.as(browser.key()).get("/api/conversations").json().get("conversations")) {
      if ("vera".equals(c.path("customer").asText())) {
        id = c.get("id").asLong();
      }
    }
    String last =
        "<b>Hello Vera</b>, yes: your appointment on Friday can move to the afternoon, and your"
            + " sister can come along for a pedicure at the same time. See you then!";
    var replied =
        app.as(browser.key())
            .post(
                "/api/conversations/" + id + "/reply",
                "{\"text\": \"" + last.replace("\"", "\\\"") + "\"}");
    assertThat(replied.status()).as(replied.body()).isLessThan(300);
    JsonNode listed = null;
    for (JsonNode c : app.as(browser.key()).get("/api/conversations").json().get("conversations")) {
      if (c.get("id").asLong() == id) {
        listed = c;
      }
    }
    assertThat(listed.get("lastMessage").get("text").asText()).isEqualTo(last);
    assertThat(listed.get("lastMessage").get("author").asText()).isEqualTo("staff");

    signedIn(Browser.PHONE.width);
    browser.click(By.cssSelector("nav a[href='/console/conversations']"));
    // The list is drawn again when the live stream connects: read the row as drawn last.
    String row =
        browser.waitFor(
            d -> d.findElement(By.xpath("//li[.//span[contains(., 'vera')]]//button")).getText());
    assertThat(row).contains("Staff: <b>Hello Vera</b>, yes: your appointment").contains("…");
    assertThat(row).doesNotContain("See you then!");
    assertThat(row).containsPattern("\\d\\d:\\d\\d");
    assertThat(browser.driver().findElements(By.cssSelector(".conversations b"))).isEmpty();
  }

  @Test
  void a_phone_shows_a_day_with_four_staff_members_each_booking_whole_and_on_screen() {
    var owner = app.as(browser.key());
    long gel = -1;
    for (JsonNode s : owner.get("/api/services").json().get("services")) {
      if (s.get("name").asText().equals("Gel Manicure")) {
        gel = s.get("id").asLong();
      }
    }
    for (String name : List.of("Jonas Weber", "Lucía García")) {
      var made =
          owner.post("/api/staff", "{\"name\":\"" + name + "\",\"serviceIds\":[" + gel + "]}");
      assertThat(made.status()).as(made.body()).isEqualTo(201);
    }
    Map<String, String> customerOf =
        Map.of(
            "Anna", "Nora Lindqvist",
            "Marta", "Sam Bergmann",
            "Jonas Weber", "Ida Kimura",
            "Lucía García", "Lou Parkinson");
    for (JsonNode s : owner.get("/api/staff").json().get("staff")) {
      String customer = customerOf.get(s.get("name").asText());
      var booked =
          owner.post(
              "/api/bookings",
              "{\"serviceId\":"
                  + gel
                  + ",\"staffId\":"
                  + s.get("id").asLong()
                  + ",\"start\":\"2026-11-24T11:00\",\"customerName\":\""
                  + customer
                  + "\"}");
      assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    }

    signedIn(Browser.PHONE.width);
    browser.go(app.base() + "/console/calendar?week=2026-11-23&day=2026-11-24");
    customerOf.values().forEach(browser::waitForText);
    browser.shoot("glance-four-staff-390", Browser.PHONE);
    browser.driver().manage().window().setSize(new Dimension(Browser.PHONE.width, 900));
    browser.waitForText("Lou Parkinson");
    Object unreadable =
        script(
            "return [...document.querySelectorAll('.calendar .booking')].filter(b => {"
                + " const r = b.getBoundingClientRect();"
                + " const cut = [...b.querySelectorAll('span')].some(s =>"
                + "   s.scrollWidth > s.clientWidth + 1 || s.scrollHeight > s.clientHeight + 1);"
                + " return r.left < 0 || r.right > document.documentElement.clientWidth || cut;"
                + " }).map(b => b.getAttribute('aria-label'))");
    assertThat((List<?>) unreadable).as("bookings cut off at 390 px").isEmpty();
    assertThat(browser.find(By.cssSelector(".calendar")).getText())
        .contains("Gel Manicure", "Nora Lindqvist", "Jonas Weber", "Lucía García");
  }

  @Test
  void the_navigation_sits_in_the_same_place_on_every_page_at_phone_and_desktop_width() {
    app.say("wait", "I want to talk to a human");
    for (int width : new int[] {Browser.PHONE.width, Browser.DESKTOP.width}) {
      signedIn(width);
      Object first = null;
      String firstPage = null;
      for (String page : ConsoleNavigationTest.NAV) {
        browser.click(By.cssSelector("nav a[href='/console/" + page.toLowerCase() + "']"));
        browser.waitFor(d -> d.findElement(By.tagName("h1")).getText().equals(page));
        browser.waitFor(d -> d.findElement(By.id("waiting-badge")).isDisplayed());
        Object places =
            script(
                "return [...document.querySelectorAll('nav a')].map(a => {"
                    + " const r = a.getBoundingClientRect();"
                    + " return [a.textContent.trim(), Math.round(r.left), Math.round(r.top),"
                    + "   Math.round(r.width), Math.round(r.height),"
                    + "   r.right <= document.documentElement.clientWidth]; })");
        if (first == null) {
          first = places;
          firstPage = page;
          assertThat(places.toString())
              .as("every link on screen at " + width)
              .doesNotContain("false");
        } else {
          assertThat(places)
              .as("navigation on " + page + " against " + firstPage + " at " + width + " px")
              .isEqualTo(first);
        }
      }
    }
  }
}
