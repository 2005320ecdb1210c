package io.bookline.admin;

import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.Services;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Services over HTTP: add, read, change, deactivate, delete; every wrong field named at once. */
class ServiceRoutesTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  TestApp.Caller owner() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  static final String BROWS =
      """
      {"name": "Brow Lift", "durationMinutes": 30, "price": 20.50, "bufferAfterMinutes": 15,
       "synonyms": ["brows", "lash lift"], "names": {"de": "Augenbrauen-Lifting", "es": "Cejas"},
       "synonymsByLanguage": {"de": ["Brauen"]}}""";

  @Test
  void a_service_is_added_read_changed_listed_and_deleted() {
    var created = owner().post("/api/services", BROWS);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    var s = created.json();
    long id = s.get("id").asLong();
    assertThat(s.get("name").asText()).isEqualTo("Brow Lift");
    assertThat(s.get("durationMinutes").asInt()).isEqualTo(30);
    assertThat(s.get("price").decimalValue()).isEqualByComparingTo("20.50");
    assertThat(s.get("bufferBeforeMinutes").asInt()).isZero();
    assertThat(s.get("bufferAfterMinutes").asInt()).isEqualTo(15);
    assertThat(s.get("synonyms").toString()).isEqualTo("[\"brows\",\"lash lift\"]");
    assertThat(s.get("active").asBoolean()).isTrue();
    assertThat(s.get("names").toString())
        .isEqualTo("{\"de\":\"Augenbrauen-Lifting\",\"es\":\"Cejas\"}");
    assertThat(s.get("synonymsByLanguage").toString()).isEqualTo("{\"de\":[\"Brauen\"]}");
    assertThat(owner().get("/api/services/" + id).json()).isEqualTo(s);

    var changed = owner().patch("/api/services/" + id, "{\"price\": 22, \"active\": false}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("price").decimalValue()).isEqualByComparingTo("22");
    assertThat(changed.json().get("active").asBoolean()).isFalse();
    assertThat(changed.json().get("names").get("de").asText()).isEqualTo("Augenbrauen-Lifting");
    var words = owner().patch("/api/services/" + id, "{\"synonymsByLanguage\": {}}");
    assertThat(words.json().get("synonymsByLanguage").size()).isZero();
    assertThat(words.json().get("names").size()).isEqualTo(2);

    var list = owner().get("/api/services").json().get("services");
    assertThat(list).hasSize(4);
    assertThat(list.get(3).get("id").asLong()).isEqualTo(id);

    var deleted = owner().delete("/api/services/" + id);
    assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
    assertThat(owner().get("/api/services/" + id).status()).isEqualTo(404);
    assertThat(owner().get("/api/services").json().get("services")).hasSize(3);
    // The name is free again once the service is deleted.
    assertThat(owner().post("/api/services", BROWS).status()).isEqualTo(201);
  }

  @Test
  void bad_service_input_names_every_wrong_field_in_one_answer() {
    var bad =
        owner()
            .post(
                "/api/services",
                """
                {"name": " ", "durationMinutes": 20, "price": -5, "bufferAfterMinutes": 999,
                 "synonyms": [""], "names": {"x1!": "y", "de": ""},
                 "synonymsByLanguage": {"es": [7]}, "colour": "red"}""");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("error").asText()).isEqualTo("validation");
    var fields = bad.json().get("fields");
    assertThat(fields.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder(
            "name",
            "durationMinutes",
            "price",
            "bufferAfterMinutes",
            "synonyms",
            "names.x1!",
            "names.de",
            "synonymsByLanguage.es",
            "colour");
    assertThat(fields.get("durationMinutes").asText())
        .isEqualTo("must be a multiple of the slot interval (15 minutes), not 20");
    assertThat(fields.get("price").asText()).isEqualTo("must be 0 or more, not -5");
    assertThat(bad.json().get("message").asText()).startsWith("9 fields are not valid: ");

    var types =
        owner().post("/api/services", "{\"durationMinutes\": \"long\", \"price\": \"ten\"}");
    assertThat(types.json().get("fields").get("durationMinutes").asText())
        .isEqualTo("must be a whole number");
    assertThat(types.json().get("fields").get("price").asText()).isEqualTo("must be a number");
    assertThat(types.json().get("fields").get("name").asText()).isEqualTo("is required");

    var taken =
        owner()
            .post(
                "/api/services",
                "{\"name\": \"Gel Manicure\", \"durationMinutes\": 45, \"price\": 1}");
    assertThat(taken.status()).isEqualTo(400);
    assertThat(taken.json().get("fields").get("name").asText())
        .isEqualTo("a service named 'Gel Manicure' already exists");
    assertThat(owner().patch("/api/services/1", "{\"price\": 1.005}").json().get("fields"))
        .hasToString("{\"price\":\"must have at most 2 decimals, not 1.005\"}");
    assertThat(owner().patch("/api/services/abc", "{}").status()).isEqualTo(400);
    assertThat(owner().post("/api/services", "[1]").status()).isEqualTo(400);
  }

  @Test
  void a_name_or_synonym_the_chat_could_not_tell_from_another_service_is_refused() {
    String half = "\"durationMinutes\": 30, \"price\": 1, ";
    var sameName = owner().post("/api/services", "{" + half + "\"name\": \" gel MANICURE \"}");
    assertThat(sameName.status()).as(sameName.body()).isEqualTo(400);
    assertThat(sameName.json().get("fields").get("name").asText())
        .isEqualTo("a service named 'Gel Manicure' already exists");
    var nameIsSynonym = owner().post("/api/services", "{" + half + "\"name\": \"Shellac\"}");
    assertThat(nameIsSynonym.json().get("fields").get("name").asText())
        .isEqualTo("'Shellac' is already a word for the service 'Gel Manicure'");
    var synonymIsName =
        owner()
            .post(
                "/api/services",
                "{" + half + "\"name\": \"Toner\", \"synonyms\": [\"tone\", \"pedicure\"]}");
    assertThat(synonymIsName.json().get("fields").get("synonyms").asText())
        .isEqualTo("'pedicure' is already a word for the service 'Pedicure'");
    var synonymIsSynonym =
        owner()
            .post(
                "/api/services",
                "{"
                    + half
                    + "\"name\": \"Toner\", \"synonymsByLanguage\": {\"de\": [\"Gelnägel\"]}}");
    assertThat(synonymIsSynonym.json().get("fields").get("synonymsByLanguage.de").asText())
        .isEqualTo("'Gelnägel' is already a word for the service 'Gel Manicure'");
    var nameInGerman =
        owner()
            .post(
                "/api/services",
                "{" + half + "\"name\": \"Toner\", \"names\": {\"de\": \"PEDI\"}}");
    assertThat(nameInGerman.json().get("fields").get("names.de").asText())
        .isEqualTo("'PEDI' is already a word for the service 'Pedicure'");

    long pedicure = owner().get("/api/services").json().get("services").get(2).get("id").asLong();
    // The console sends the whole form: a length from before the grid rule (50 minutes on the
    // 15-minute grid) stays as it is when only the price changes; a new length must fit.
    long older = serviceFromBeforeTheGridRule("Nail Repair", 50);
    var price = owner().patch("/api/services/" + older, "{\"durationMinutes\": 50, \"price\": 41}");
    assertThat(price.status()).as(price.body()).isEqualTo(200);
    assertThat(owner().patch("/api/services/" + older, "{\"durationMinutes\": 55}").status())
        .isEqualTo(400);
    var renamed = owner().patch("/api/services/" + pedicure, "{\"name\": \"basic manicure\"}");
    assertThat(renamed.status()).isEqualTo(400);
    assertThat(renamed.json().get("fields").get("name").asText())
        .isEqualTo("a service named 'Basic Manicure' already exists");
    var words = owner().patch("/api/services/" + pedicure, "{\"synonyms\": [\"feet\", \"GEL\"]}");
    assertThat(words.json().get("fields").get("synonyms").asText())
        .isEqualTo("'GEL' is already a word for the service 'Gel Manicure'");
    // Its own name and words, in another case, are still its own.
    var own =
        owner()
            .patch(
                "/api/services/" + pedicure,
                "{\"name\": \"PEDICURE\", \"synonyms\": [\"Pedicure\"]}");
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(owner().get("/api/services").json().get("services")).hasSize(4);
  }

  /** A service written before durations had to fit the slot grid: straight into the table. */
  long serviceFromBeforeTheGridRule(String name, int minutes) {
    var db = app.app().database().dsl();
    return db.insertInto(Services.T)
        .set(
            Services.BUSINESS_ID,
            db.select(Businesses.ID).from(Businesses.T).where(Businesses.SLUG.eq("demo")))
        .set(Services.NAME, name)
        .set(Services.DURATION_MINUTES, minutes)
        .set(Services.PRICE, BigDecimal.TEN)
        .returningResult(Services.ID)
        .fetchSingle()
        .value1();
  }

  @Test
  void per_language_words_are_only_for_the_languages_the_chat_speaks() {
    var bad =
        owner()
            .post(
                "/api/services",
                "{\"name\": \"Toner\", \"durationMinutes\": 30, \"price\": 1,"
                    + " \"names\": {\"xx\": \"foo\", \"es-MX\": \"Tóner\", \"de\": \"Toner\"},"
                    + " \"synonymsByLanguage\": {\"fr\": [\"toneur\"]}}");
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.json().get("fields").toString())
        .isEqualTo(
            "{\"names.xx\":\"'xx' is not a language the chat speaks: one of [en, de, es]\","
                + "\"names.es-MX\":\"'es-MX' is not a language the chat speaks: one of [en, de, es]\","
                + "\"synonymsByLanguage.fr\":\"'fr' is not a language the chat speaks: one of"
                + " [en, de, es]\"}");
  }

  @Test
  void the_slot_interval_changes_only_to_one_every_service_duration_fits() {
    // The console saves every booking rule at once: the interval as it was is not a change.
    var same = owner().patch("/api/business", "{\"slotIntervalMinutes\": 15}");
    assertThat(same.status()).as(same.body()).isEqualTo(200);
    var seven = owner().patch("/api/business", "{\"slotIntervalMinutes\": 7}");
    assertThat(seven.status()).as(seven.body()).isEqualTo(400);
    assertThat(seven.json().get("fields").get("slotIntervalMinutes").asText())
        .isEqualTo(
            "must divide every service's duration, not 7: Basic Manicure (30 min),"
                + " Gel Manicure (45 min), Pedicure (60 min)");
    var thirty = owner().patch("/api/business", "{\"slotIntervalMinutes\": 30}");
    assertThat(thirty.json().get("fields").get("slotIntervalMinutes").asText())
        .isEqualTo("must divide every service's duration, not 30: Gel Manicure (45 min)");
    // A deactivated service still counts: switching it back on does not check its duration.
    long gel = owner().get("/api/services").json().get("services").get(1).get("id").asLong();
    owner().patch("/api/services/" + gel, "{\"active\": false}");
    assertThat(owner().patch("/api/business", "{\"slotIntervalMinutes\": 30}").status())
        .isEqualTo(400);
    assertThat(owner().patch("/api/services/" + gel, "{\"durationMinutes\": 60}").status())
        .isEqualTo(200);
    var fits = owner().patch("/api/business", "{\"slotIntervalMinutes\": 30}");
    assertThat(fits.status()).as(fits.body()).isEqualTo(200);
    assertThat(fits.json().get("slotIntervalMinutes").asInt()).isEqualTo(30);
  }

  @Test
  void a_service_with_future_bookings_is_not_deleted_but_may_be_deactivated() {
    app.say("maria", "I'd like a basic manicure tomorrow at 10");
    app.say("maria", "Maria");
    assertThat(app.say("maria", "yes")).startsWith("Booked!");
    long id = owner().get("/api/services").json().get("services").get(0).get("id").asLong();

    var refused = owner().delete("/api/services/" + id);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("futureBookings").asInt()).isEqualTo(1);
    assertThat(refused.json().get("message").asText())
        .isEqualTo(
            "service "
                + id
                + " has 1 future booking; cancel or move it first, or set active to false");

    var off = owner().patch("/api/services/" + id, "{\"active\": false}");
    assertThat(off.status()).isEqualTo(200);
    String asked = app.say("ben", "I'd like a basic manicure tomorrow at 11");
    assertThat(asked).doesNotContain("Basic Manicure");
    assertThat(owner().get("/api/services/" + id).json().get("active").asBoolean()).isFalse();
  }
}
