package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.Browser;
import io.bookline.support.TestApp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Another business's console never sees the demo business's rows, not in its pages and not when its
 * own requests are edited to name the demo business's ids: every such request answers 404 and
 * changes nothing (issues 11 and 12).
 */
class ConsoleTenantIsolationTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @RegisterExtension static final Browser browser = Browser.desktop();

  /** Calls the owner API from the signed-in page, with its cookie and CSRF token. */
  static Map<?, ?> fetch(String method, String path, String body) {
    Object result =
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                """
                const [method, path, body, done] = arguments;
                const csrf = document.querySelector('meta[name="csrf-token"]').content;
                const init = { method, credentials: 'same-origin',
                  headers: { 'X-CSRF-Token': csrf, 'Content-Type': 'application/json' } };
                if (body !== null) init.body = body;
                fetch(path, init).then(async r => done({ status: r.status, body: await r.text() }))
                  .catch(e => done({ status: -1, body: String(e) }));""",
                method,
                path,
                body);
    return (Map<?, ?>) result;
  }

  @Test
  void another_business_sees_none_of_the_demo_rows_and_edited_ids_answer_404() {
    TestApp.Caller demo = app.as(ConsoleSessionTest.demoKey(app));
    long service = demo.get("/api/services").json().get("services").get(0).get("id").asLong();
    var booked =
        demo.post(
            "/api/bookings",
            "{\"serviceId\": "
                + service
                + ", \"start\": \"2026-11-24T11:00\", \"customerName\": \"Private Person\"}");
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    long booking = booked.json().get("id").asLong();
    app.say("private-visitor", "my secret is 12345");
    app.say("private-visitor", "I want to talk to a human");
    long conversation =
        demo.get("/api/conversations").json().get("conversations").get(0).get("id").asLong();

    var other =
        app.postAdmin(
            "/api/businesses",
            "{\"slug\": \"other-salon\", \"name\": \"Other Salon\", \"timeZone\": \"Europe/Berlin\"}");
    assertThat(other.status()).as(other.body()).isEqualTo(201);
    browser.signIn(app, other.json().get("apiKey").asText());
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/console/calendar"));
    browser.waitForText("Other Salon");

    browser.go(app.base() + "/console/calendar?week=2026-11-23");
    browser.find(By.cssSelector(".day-col"));
    assertThat(browser.driver().findElements(By.cssSelector(".calendar .booking"))).isEmpty();
    assertThat(browser.text()).doesNotContain("Private Person");
    browser.click(By.linkText("Conversations"));
    browser.waitForText("No conversations yet.");
    assertThat(browser.find(By.id("waiting-badge")).isDisplayed()).isFalse();

    // The demo conversation's id typed into the address bar shows nothing of it.
    browser.go(app.base() + "/console/conversations?id=" + conversation);
    browser.waitForText("no conversation " + conversation);
    assertThat(browser.text()).doesNotContain("secret");

    // Requests edited to name the demo business's rows: all 404, nothing changed.
    for (List<String> call :
        List.of(
            List.of("GET", "/api/conversations/" + conversation + "/messages", ""),
            List.of("POST", "/api/conversations/" + conversation + "/reply", "{\"text\":\"hi\"}"),
            List.of("POST", "/api/conversations/" + conversation + "/release", "{}"),
            List.of("PATCH", "/api/bookings/" + booking, "{\"start\":\"2026-11-24T15:00\"}"),
            List.of("POST", "/api/bookings/" + booking + "/cancel", "{}"),
            List.of("GET", "/api/services/" + service, ""),
            List.of("POST", "/api/bookings/" + booking + "/no-show", "{}"),
            List.of("PATCH", "/api/services/" + service, "{\"price\": 1}"),
            List.of("DELETE", "/api/services/" + service, ""))) {
      Map<?, ?> answer =
          fetch(call.get(0), call.get(1), call.get(2).isEmpty() ? null : call.get(2));
      assertThat(((Number) answer.get("status")).intValue())
          .as(call + " → " + answer.get("body"))
          .isEqualTo(404);
      assertThat((String) answer.get("body")).doesNotContain("Private Person", "secret");
    }

    JsonNode still = demo.get("/api/bookings?from=2026-11-23&to=2026-11-29").json().get("bookings");
    assertThat(still).hasSize(1);
    assertThat(java.time.OffsetDateTime.parse(still.get(0).get("start").asText()).toInstant())
        .isEqualTo(java.time.Instant.parse("2026-11-24T10:00:00Z")); // 11:00 in Berlin
    assertThat(still.get(0).get("status").asText()).isEqualTo("confirmed");
    assertThat(demo.get("/api/services/" + service).json().get("price").decimalValue())
        .isNotEqualByComparingTo("1");
    assertThat(
            demo.get("/api/conversations/" + conversation + "/messages")
                .json()
                .get("status")
                .asText())
        .isEqualTo("handoff");
  }
}
