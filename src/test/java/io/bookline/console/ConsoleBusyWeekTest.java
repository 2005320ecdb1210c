package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * Review finding: a desktop week with four staff members was 28 columns of 84 px, scrolled
 * sideways, every booking cut to "11:00 G…". From three staff members on, the week is one column
 * per day; bookings at the same time stand side by side, each naming its staff member, and "Show"
 * picks one person's week (ADR 0076).
 */
class ConsoleBusyWeekTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app);

  @BeforeAll
  static void fourStaff() {
    fourStaffAndABusyTuesday();
  }

  /** Anna and Marta (the demo's), Lena and Jonas; all four booked on Tuesday at 11:00. */
  static void fourStaffAndABusyTuesday() {
    TestApp.Caller owner = app.as(browser.key());
    JsonNode services = owner.get("/api/services").json().get("services");
    long gel = -1;
    StringBuilder all = new StringBuilder();
    for (JsonNode s : services) {
      all.append(all.isEmpty() ? "" : ",").append(s.get("id").asLong());
      if (s.get("name").asText().equals("Gel Manicure")) {
        gel = s.get("id").asLong();
      }
    }
    for (String name : List.of("Lena", "Jonas")) {
      var added =
          owner.post("/api/staff", "{\"name\":\"" + name + "\",\"serviceIds\":[" + all + "]}");
      assertThat(added.status()).as(added.body()).isEqualTo(201);
    }
    Map<String, String> customerOf =
        Map.of(
            "Anna", "Nora Lindqvist",
            "Marta", "Sam Bergmann",
            "Lena", "Ida Kimura",
            "Jonas", "Lucía García");
    long marta = -1;
    for (JsonNode s : owner.get("/api/staff").json().get("staff")) {
      if (s.get("name").asText().equals("Marta")) {
        marta = s.get("id").asLong();
      }
      var booked =
          owner.post(
              "/api/bookings",
              "{\"serviceId\":"
                  + gel
                  + ",\"staffId\":"
                  + s.get("id").asLong()
                  + ",\"start\":\"2026-11-24T11:00\",\"customerName\":\""
                  + customerOf.get(s.get("name").asText())
                  + "\"}");
      assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    }
    var later =
        owner.post(
            "/api/bookings",
            "{\"serviceId\":"
                + gel
                + ",\"staffId\":"
                + marta
                + ",\"start\":\"2026-11-26T15:00\",\"customerName\":\"Walk-in: Tom\"}");
    assertThat(later.status()).as(later.body()).isEqualTo(201);
    var off =
        owner.post(
            "/api/closures",
            "{\"firstDay\":\"2026-11-27\",\"lastDay\":\"2026-11-27\",\"reason\":\"Training\","
                + "\"staffId\":"
                + marta
                + "}");
    assertThat(off.status()).as(off.body()).isEqualTo(201);
  }

  void week(int width) {
    browser.signInAsOwner();
    browser.driver().manage().window().setSize(new Dimension(width, 900));
    browser.go(app.base() + "/console/calendar?week=2026-11-23");
    browser.waitForText("Walk-in: Tom");
  }

  static Object script(String js) {
    return ((JavascriptExecutor) browser.driver()).executeScript(js);
  }

  @Test
  void four_staff_at_1280_px_are_one_column_a_day_with_every_booking_readable() {
    week(Browser.DESKTOP.width);
    browser.shoot("busy-week-1280", Browser.DESKTOP);
    assertThat(browser.driver().findElements(By.cssSelector(".calendar .day-col"))).hasSize(7);
    assertThat(
            script(
                "const c = document.querySelector('.calendar');"
                    + " return c.scrollWidth <= c.clientWidth;"))
        .as("no sideways scrolling")
        .isEqualTo(true);
    Object unreadable =
        script(
            "return [...document.querySelectorAll('.calendar .booking')].filter(b => {"
                + " const r = b.getBoundingClientRect();"
                + " const w = b.querySelector('.who').getBoundingClientRect();"
                + " return r.width < 90 || r.left < 0"
                + "   || r.right > document.documentElement.clientWidth"
                + "   || w.height === 0 || w.bottom > r.bottom + 1;"
                + " }).map(b => b.getAttribute('aria-label'))");
    assertThat((List<?>) unreadable).as("bookings too narrow or cut off").isEmpty();
    List<String> labels =
        browser.driver().findElements(By.cssSelector(".calendar .booking")).stream()
            .map(b -> b.getAttribute("aria-label"))
            .toList();
    assertThat(labels)
        .contains(
            "11:00 Gel Manicure, Nora Lindqvist, with Anna",
            "11:00 Gel Manicure, Sam Bergmann, with Marta",
            "11:00 Gel Manicure, Ida Kimura, with Lena",
            "11:00 Gel Manicure, Lucía García, with Jonas",
            "15:00 Gel Manicure, Walk-in: Tom, with Marta");
    assertThat(browser.find(By.cssSelector(".calendar")).getText()).contains("Marta off: Training");
    Object wrapped =
        script(
            "return [...document.querySelectorAll('.calendar .col-head')].filter(h => {"
                + " const t = h.firstChild;"
                + " if (!t || t.nodeType !== 3 || !t.textContent.trim()) return false;"
                + " const r = document.createRange(); r.selectNodeContents(t);"
                + " return r.getClientRects().length > 1; }).map(h => h.firstChild.textContent)");
    assertThat((List<?>) wrapped).as("day names split over two lines").isEmpty();
  }

  @Test
  void show_picks_one_staff_members_week_and_a_reload_keeps_it() {
    week(Browser.DESKTOP.width);
    new Select(browser.find(By.id("show-staff"))).selectByVisibleText("Marta");
    browser.waitFor(
        d -> d.findElements(By.cssSelector(".calendar .booking")).size() == 2 ? true : null);
    assertThat(browser.driver().findElements(By.cssSelector(".calendar .day-col"))).hasSize(7);
    assertThat(browser.find(By.cssSelector(".calendar")).getText())
        .contains("Sam Bergmann", "Walk-in: Tom", "Closed: Training")
        .doesNotContain("Nora Lindqvist");
    assertThat(browser.driver().getCurrentUrl()).contains("staff=");

    browser.driver().navigate().refresh();
    browser.waitForText("Walk-in: Tom");
    assertThat(new Select(browser.find(By.id("show-staff"))).getFirstSelectedOption().getText())
        .isEqualTo("Marta");
    assertThat(browser.driver().findElements(By.cssSelector(".calendar .booking"))).hasSize(2);
    browser.shoot("busy-week-marta-1280", Browser.DESKTOP);
  }

  @Test
  void a_phone_still_lists_the_day_per_staff_member() {
    browser.driver().manage().window().setSize(new Dimension(Browser.PHONE.width, 900));
    browser.signInAsOwner();
    browser.go(app.base() + "/console/calendar?week=2026-11-23&day=2026-11-24");
    browser.waitForText("Lucía García");
    assertThat(browser.driver().findElements(By.cssSelector(".staff-day"))).hasSize(4);
    browser.shoot("busy-week-390", Browser.PHONE); // ends at desktop width
  }
}
