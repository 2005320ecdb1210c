package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Every console page of a business with a week of work in it (chat and desk bookings, a split
 * shift, a staff member's leave, a chat waiting for a person), at phone (390 px) and desktop (1280
 * px) width, each from its top: {@code target/screenshots/docs-<page>-<width>.png}, the pictures in
 * docs/console. Each page must show its rows before it is shot.
 */
class ConsoleScreenshotsTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app);

  static final int PHONE = 390;
  static final int DESKTOP = 1280;

  /** A week of work, made the way it happens: chats, the owner API, a request for a person. */
  static void aWeekOfWork() {
    TestApp.Caller owner = app.as(browser.key());
    var massage =
        owner.post(
            "/api/services",
            """
            {"name": "Hot Stone Massage", "durationMinutes": 60, "price": 55,
             "synonyms": ["massage"], "names": {"de": "Hot-Stone-Massage"}}""");
    assertThat(massage.status()).as(massage.body()).isEqualTo(201);
    var lena =
        owner.post(
            "/api/staff",
            "{\"name\": \"Lena\", \"serviceIds\": [" + massage.json().get("id").asLong() + "]}");
    long lenaId = lena.json().get("id").asLong();
    owner.put(
        "/api/staff/" + lenaId + "/hours",
        """
        [{"weekday": 2, "opens": "09:00", "closes": "12:00"},
         {"weekday": 2, "opens": "14:00", "closes": "18:00"},
         {"weekday": 4, "opens": "12:00", "closes": "18:00"}]""");
    book("nora", "I'd like a gel manicure tomorrow at 10", "Nora Lee");
    book("sam", "a hot stone massage tomorrow at 15:00", "Sam Berg");
    book("ida", "pedicure on wednesday at 11", "Ida Kim");
    book("lou", "basic manicure on thursday at 14:30", "Lou Park");
    long service = owner.get("/api/services").json().get("services").get(0).get("id").asLong();
    var walkIn =
        owner.post(
            "/api/bookings",
            "{\"serviceId\": "
                + service
                + ", \"start\": \"2026-11-26T09:30\", \"customerName\": \"Walk-in: Tom\"}");
    assertThat(walkIn.status()).as(walkIn.body()).isEqualTo(201);
    long marta = -1;
    for (var s : owner.get("/api/staff").json().get("staff")) {
      if (s.get("name").asText().equals("Marta")) {
        marta = s.get("id").asLong();
      }
    }
    owner.post(
        "/api/closures",
        "{\"firstDay\": \"2026-11-27\", \"lastDay\": \"2026-11-27\", \"reason\": \"Training\","
            + " \"staffId\": "
            + marta
            + "}");
    app.say("ivy", "Hi, can I bring my daughter to my appointment?");
    app.say("ivy", "I want to talk to a human");
  }

  static void book(String user, String ask, String name) {
    app.say(user, ask);
    app.say(user, name);
    assertThat(app.say(user, "yes")).startsWith("Booked!");
  }

  record Shot(String name, String path, String expect) {}

  @Test
  void every_page_is_shot_at_phone_and_desktop_width_with_its_rows() {
    aWeekOfWork();
    browser.signInAsOwner();
    List<Shot> shots =
        List.of(
            new Shot("calendar", "/console/calendar?week=2026-11-23&day=2026-11-24", "Nora Lee"),
            new Shot("services", "/console/services", "Hot Stone Massage"),
            new Shot("staff", "/console/staff", "Tue 09:00–12:00, 14:00–18:00"),
            new Shot("hours", "/console/hours", "Booking rules"),
            new Shot("closures", "/console/closures", "Training"),
            new Shot("conversations", "/console/conversations", "bring my daughter"),
            new Shot("channels", "/console/channels", "Not delivered"));
    for (int width : new int[] {PHONE, DESKTOP}) {
      for (Shot shot : shots) {
        browser.driver().manage().window().setSize(new Dimension(width, 900));
        browser.go(app.base() + shot.path());
        browser.waitForText(shot.expect());
        browser.shootWhole(
            "docs-" + shot.name() + "-" + width, width, width == PHONE ? 1500 : 1100);
      }
      browser.driver().manage().window().setSize(new Dimension(width, 900));
      browser.go(app.base() + "/console/calendar?week=2026-11-23&day=2026-11-24");
      browser.waitForText("Nora Lee");
      // Every booking shows its customer's name inside its block (at least its first letters),
      // 30 and 45 minutes long too.
      Object clipped =
          ((org.openqa.selenium.JavascriptExecutor) browser.driver())
              .executeScript(
                  "return [...document.querySelectorAll('.calendar .booking')].filter(b => {"
                      + " const w = b.querySelector('.who').getBoundingClientRect();"
                      + " const r = b.getBoundingClientRect();"
                      + " return w.height === 0 || w.bottom > r.bottom + 1 || w.left > r.right - 12;"
                      + " }).map(b => b.getAttribute('aria-label'))");
      assertThat((List<?>) clipped).as("bookings whose name is cut off at " + width).isEmpty();
      browser.click(By.cssSelector(".calendar .booking[aria-label^='10:00 Gel Manicure']"));
      browser.waitForText("No-shows");
      browser.shootWhole("docs-booking-" + width, width, 1100);
    }
    browser.driver().manage().deleteAllCookies();
    browser.driver().manage().window().setSize(new Dimension(PHONE, 900));
    browser.go(app.base() + "/console/sign-in");
    browser.waitForText("Business key");
    browser.shootWhole("docs-sign-in-" + PHONE, PHONE, 900);
  }
}
