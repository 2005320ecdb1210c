package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What the owner tripped over in her second week: a German thousands dot read as a decimal point, a
 * staff member without services added without a word, narrower opening hours saved without saying
 * whose hours now fall outside them, and a webhook URL built from the browser's address when the
 * server knows its public one.
 */
class ConsoleSecondWeekTest {
  static final String PUBLIC = "https://book.example.com";

  @RegisterExtension
  static final TestApp app = TestApp.onFreshDatabase("PUBLIC_BASE_URL", PUBLIC + "/");

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app);

  JsonNode named(String list, String name) {
    for (JsonNode s : app.as(browser.key()).get("/api/" + list).json().get(list)) {
      if (s.get("name").asText().equals(name)) {
        return s;
      }
    }
    return null;
  }

  /** "1.500" is fifteen hundred to a German owner: refused like "1,500", never saved as 1.5. */
  @Test
  void a_price_with_a_thousands_dot_is_refused_naming_the_price() {
    browser.openPage("Services");
    browser.byName("name").sendKeys("Brautnägel");
    WebElement duration = browser.byName("durationMinutes");
    duration.clear();
    duration.sendKeys("45");
    browser.byName("price").sendKeys("1.500");
    browser.button("Add service");
    browser.waitForText("must be a number");
    assertThat(browser.find(By.cssSelector("main form")).getText())
        .contains("Check the marked field: Price.");
    assertThat(named("services", "Brautnägel")).as("nothing saved").isNull();

    WebElement price = browser.byName("price");
    price.clear();
    price.sendKeys("15.50");
    browser.button("Add service");
    browser.waitForText("Added Brautnägel.");
    assertThat(named("services", "Brautnägel").get("price").decimalValue())
        .isEqualByComparingTo("15.50");
  }

  @Test
  void a_staff_member_added_with_no_service_ticked_is_added_and_the_console_says_why_it_matters() {
    browser.openPage("Staff");
    browser.byName("name").sendKeys("Jonas");
    for (WebElement box :
        browser.driver().findElements(By.cssSelector("main input[name='serviceIds']"))) {
      if (box.isSelected()) {
        box.click();
      }
    }
    browser.button("Add staff member");
    browser.waitForText("Added Jonas.");
    assertThat(browser.find(By.id("status")).getText())
        .contains(
            "Jonas performs no service yet: customers cannot book Jonas until at least one"
                + " service is ticked for them");
    assertThat(named("staff", "Jonas").get("serviceIds")).isEmpty();
  }

  @Test
  void saving_opening_hours_that_leave_staff_hours_outside_names_the_person_and_day() {
    TestApp.Caller owner = app.as(browser.key());
    long lucia = owner.post("/api/staff", "{\"name\": \"Lucía\"}").json().get("id").asLong();
    owner.put(
        "/api/staff/" + lucia + "/hours",
        "[{\"weekday\": 2, \"opens\": \"09:00\", \"closes\": \"18:00\"}]");

    browser.openPage("Hours");
    browser.setValue(browser.find(By.cssSelector("[aria-label='Tuesday hours 1 until']")), "17:00");
    browser.button("Save opening hours");
    browser.waitForText("Opening hours saved.");
    assertThat(browser.find(By.id("status")).getText())
        .contains(
            "Lucía's hours: 17:00–18:00 on Tuesday is outside the business's opening hours"
                + " (09:00–17:00): customers cannot book then");
  }

  @Test
  void the_webhook_url_shown_starts_with_the_public_base_url_not_the_browsers_address() {
    TestApp.Caller owner = app.as(browser.key());
    var connected =
        owner.put(
            "/api/channels/whatsapp/5550001",
            "{\"accessToken\": \"wa-token\", \"appSecret\": \"wa-secret\"}");
    assertThat(connected.status()).as(connected.body()).isEqualTo(200);
    JsonNode listed = owner.get("/api/channels").json().get("channels").get(0);
    assertThat(listed.get("webhookUrl").asText()).isEqualTo(PUBLIC + "/webhooks/whatsapp");

    browser.openPage("Channels");
    browser.waitForText(PUBLIC + "/webhooks/whatsapp");
    assertThat(browser.text()).doesNotContain(app.base() + "/webhooks");
  }
}
