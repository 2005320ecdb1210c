package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A switch to a currency whose minor units a service's price does not fit is refused with a 400
 * that names the services and their prices (ADR 0117): a studio switched to JPY kept its Gel
 * Manicure at 35.50, a price JPY cannot have and the owner API refuses for a new one (ADR 0114).
 * Prices are not rounded on the owner's behalf; once she has given whole prices, the switch goes
 * through. Owner API over HTTP on Postgres.
 */
class CurrencySwitchTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  TestApp.Caller owner() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  private void price(String service, String price) {
    TestApp.Response res =
        owner()
            .patch(
                "/api/services/" + OwnerApiSteps.serviceId(app, service),
                "{\"price\":" + price + "}");
    assertThat(res.status()).as(res.body()).isEqualTo(200);
  }

  @Test
  void a_switch_to_a_currency_without_minor_units_names_the_services_with_cents() {
    price("Gel Manicure", "35.50");
    price("Pedicure", "40.05");

    TestApp.Response refused = owner().patch("/api/business", "{\"currency\":\"JPY\"}");

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("error").asText()).isEqualTo("validation");
    assertThat(refused.json().get("fields").get("currency").asText())
        .isEqualTo(
            "JPY has no minor unit, so every price must be a whole number; set these services'"
                + " prices first, then switch from EUR: Gel Manicure (35.50), Pedicure (40.05)");
    assertThat(owner().get("/api/business").json().get("currency").asText()).isEqualTo("EUR");
  }

  @Test
  void with_whole_prices_the_switch_goes_through_and_prices_stay_as_set() {
    price("Gel Manicure", "35.50");
    price("Gel Manicure", "3600");

    TestApp.Response switched = owner().patch("/api/business", "{\"currency\":\"JPY\"}");

    assertThat(switched.status()).as(switched.body()).isEqualTo(200);
    assertThat(switched.json().get("currency").asText()).isEqualTo("JPY");
    TestApp.Response services = owner().get("/api/services");
    assertThat(services.body()).contains("\"price\":3600.00").contains("\"price\":25.00");
  }

  @Test
  void saving_the_rules_with_the_currency_the_business_has_is_no_switch() {
    price("Gel Manicure", "35.50");

    TestApp.Response saved =
        owner().patch("/api/business", "{\"currency\":\"EUR\",\"horizonDays\":90}");

    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().get("horizonDays").asInt()).isEqualTo(90);
  }

  @Test
  void a_switch_to_a_currency_with_cents_keeps_every_price() {
    price("Gel Manicure", "35.50");

    TestApp.Response switched = owner().patch("/api/business", "{\"currency\":\"USD\"}");

    assertThat(switched.status()).as(switched.body()).isEqualTo(200);
    assertThat(owner().get("/api/services").body()).contains("\"price\":35.50");
  }
}
