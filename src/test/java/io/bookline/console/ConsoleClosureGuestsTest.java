package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * In a real browser: a closure's bookings inside name a party's second person, "Ann Lee (for Mia)",
 * so the owner does not take Mia's booking for a second one of Ann's (ADR 0068). The demo studio,
 * Monday 23 November 2026.
 */
class ConsoleClosureGuestsTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser browser = Browser.forOwnerOf(app);

  @Test
  void a_party_bookings_second_person_is_named_among_the_bookings_inside_a_closure() {
    app.say("party", "a manicure for my daughter and me on friday at 10");
    app.say("party", "Ann Lee");
    assertThat(app.say("party", "yes")).startsWith("Booked!");
    app.say("party", "Mia");
    assertThat(app.say("party", "yes")).startsWith("Booked!");
    var closed =
        app.as(browser.key())
            .post("/api/closures", "{\"firstDay\":\"2026-11-27\",\"lastDay\":\"2026-11-27\"}");
    assertThat(closed.status()).as(closed.body()).isEqualTo(201);

    browser.signInAsOwner();
    browser.go(app.base() + "/console/closures");
    browser.waitForText("Ann Lee (for Mia)");
    assertThat(browser.find(By.cssSelector(".inside ul")).getText())
        .contains("Ann Lee (for Mia)")
        .doesNotContain("undefined");
    List<String> guests = new ArrayList<>();
    for (JsonNode b : closed.json().get("bookingsInside")) {
      guests.add(b.path("guestName").isTextual() ? b.get("guestName").asText() : null);
    }
    assertThat(guests).containsExactlyInAnyOrder(null, "Mia");
  }
}
