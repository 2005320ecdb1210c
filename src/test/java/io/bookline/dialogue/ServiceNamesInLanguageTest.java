package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A service's name per language (issue 13, owner side): set through the owner API, shown to the
 * customers of that language in every reply and option, and understood in any language. A business
 * still without services says so instead of asking a question nobody can answer. The clock stands
 * at Monday 23 Nov 2026, 08:00 in Berlin.
 */
class ServiceNamesInLanguageTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  TestApp.Caller newBusiness(String slug) {
    TestApp.Response made =
        app.postAdmin(
            "/api/businesses",
            "{\"slug\":\"" + slug + "\",\"name\":\"Salon Ana\",\"timeZone\":\"Europe/Berlin\"}");
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    TestApp.Caller owner = app.as(made.json().get("apiKey").asText());
    StringBuilder week = new StringBuilder("[");
    for (int day = 1; day <= 6; day++) {
      week.append(day > 1 ? "," : "")
          .append("{\"weekday\":")
          .append(day)
          .append(",\"opens\":\"09:00\",\"closes\":\"18:00\"}");
    }
    assertThat(owner.put("/api/hours", week.append("]").toString()).status()).isEqualTo(200);
    return owner;
  }

  void addHaircut(TestApp.Caller owner) {
    TestApp.Response service =
        owner.post(
            "/api/services",
            "{\"name\":\"Haircut\",\"durationMinutes\":45,\"price\":35,"
                + "\"names\":{\"de\":\"Haarschnitt\",\"es\":\"Corte de pelo\"}}");
    assertThat(service.status()).as(service.body()).isEqualTo(201);
    TestApp.Response staff =
        owner.post(
            "/api/staff",
            "{\"name\":\"Ana\",\"serviceIds\":[" + service.json().get("id").asLong() + "]}");
    assertThat(staff.status()).as(staff.body()).isEqualTo(201);
  }

  String reply(String slug, String user, String text) {
    TestApp.Response r = app.chat(slug, user, text);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().get("replies").get(0).toString();
  }

  @Test
  void each_language_sees_its_own_name_and_the_english_name_stays_english() {
    addHaircut(newBusiness("salon-ana"));

    assertThat(reply("salon-ana", "jonas", "Ich möchte einen Haarschnitt morgen um 10 Uhr"))
        .contains("Haarschnitt am Dienstag, 24. November um 10:00")
        .doesNotContain("Haircut");
    assertThat(reply("salon-ana", "lucia", "Quiero un corte de pelo mañana a las 10"))
        .contains("Corte de pelo")
        .doesNotContain("Haircut");
    assertThat(reply("salon-ana", "wendy", "a haircut tomorrow at 10"))
        .contains("Haircut on Tue 24 Nov at 10:00");
  }

  @Test
  void the_options_offer_the_language_s_names_and_a_tap_on_one_works() {
    addHaircut(newBusiness("salon-ana"));
    app.chat("salon-ana", "jonas", "Hallo, ich möchte einen Termin");
    String offer = reply("salon-ana", "jonas", "morgen um 10 Uhr bitte");
    assertThat(offer).contains("Haarschnitt").doesNotContain("Haircut");
    assertThat(reply("salon-ana", "jonas", "Haarschnitt")).contains("Haarschnitt am Dienstag");
  }

  @Test
  void a_business_without_services_says_so_in_the_customer_s_language() {
    newBusiness("salon-new");
    assertThat(reply("salon-new", "wendy", "a haircut tomorrow at 10"))
        .contains("There is nothing to book here yet. Please contact Salon Ana directly.")
        .doesNotContain(" .");
    assertThat(reply("salon-new", "wendy", "how much is it?")).contains("nothing to book");
    assertThat(reply("salon-new", "jonas", "Ich möchte morgen um 10 Uhr einen Termin"))
        .contains("Hier kann noch nichts gebucht werden");
  }
}
