package io.bookline.admin;

import static io.bookline.db.Schema.Conversations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.bookline.HttpApi;
import io.bookline.db.Schema;
import io.bookline.support.TestApp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jooq.JSONB;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Business A's key against business B's rows, for every route and method of the owner API as the
 * route table registers them (ADR 0017): a route naming one of B's rows answers 404, and every
 * other route answers without a trace of B. A new route is covered without being listed here; a new
 * kind of id fails until {@link #bIds} knows one of B's.
 */
class IsolationMatrixTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  /** Every name B's rows carry, so a leak shows up as text. */
  static final String MARK = "zebra";

  static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
  static String keyA;
  static String keyB;

  /** One of B's ids per kind of row, by the path segment that names the kind. */
  static final Map<String, String> bIds = new LinkedHashMap<>();

  /** Bodies that would be accepted if the row were the caller's, so a 404 is about the row. */
  static final Map<String, String> BODIES =
      Map.of(
          "POST /api/conversations/{id}/reply", "{\"text\":\"hello\"}",
          "PATCH /api/bookings/{id}", "{\"start\":\"2026-11-30T11:00\"}",
          "POST /api/nlu/parse", "{\"text\":\"tomorrow at 4\"}",
          "PUT /api/staff/{id}/hours", "[]");

  @BeforeAll
  static void two_businesses_and_b_has_one_of_everything() {
    keyA = create("iso-a");
    keyB = create("iso-b");
    var b = app.as(keyB);
    assertThat(app.chat("iso-b", MARK + "-visitor", "hello").status()).isEqualTo(200);
    var db = app.app().database().dsl();
    long conversation =
        db.select(Conversations.ID)
            .from(Conversations.T)
            .join(Schema.Businesses.T)
            .on(Schema.Businesses.ID.eq(Conversations.BUSINESS_ID))
            .where(Schema.Businesses.SLUG.eq("iso-b"))
            .fetchSingle(Conversations.ID);
    bIds.put("conversations", Long.toString(conversation));
    var key = b.post("/api/keys", "{\"label\":\"" + MARK + " key\"}");
    bIds.put("keys", key.json().get("id").asText());
    var account = b.put("/api/channels/whatsapp/" + MARK + "-555", "{\"appSecret\":\"s\"}");
    assertThat(account.status()).as(account.body()).isEqualTo(200);
    bIds.put("externalId", MARK + "-555");
    bIds.put("platform", "whatsapp");
    long dead =
        db.insertInto(Schema.Outbox.T)
            .set(Schema.Outbox.CONVERSATION_ID, conversation)
            .set(Schema.Outbox.PLATFORM, "whatsapp")
            .set(
                Schema.Outbox.PAYLOAD,
                JSONB.valueOf("{\"kind\":\"reply\",\"text\":\"" + MARK + "\"}"))
            .set(Schema.Outbox.STATUS, "dead")
            .returningResult(Schema.Outbox.ID)
            .fetchSingle()
            .value1();
    bIds.put("outbox", Long.toString(dead));
    var service =
        b.post(
            "/api/services", "{\"name\":\"" + MARK + " cut\",\"durationMinutes\":30,\"price\":10}");
    assertThat(service.status()).as(service.body()).isEqualTo(201);
    bIds.put("services", service.json().get("id").asText());
    var staff =
        b.post(
            "/api/staff",
            "{\"name\":\"" + MARK + " Sam\",\"serviceIds\":[" + bIds.get("services") + "]}");
    assertThat(staff.status()).as(staff.body()).isEqualTo(201);
    bIds.put("staff", staff.json().get("id").asText());
    var closure =
        b.post(
            "/api/closures",
            "{\"firstDay\":\"2026-12-24\",\"lastDay\":\"2026-12-26\",\"reason\":\""
                + MARK
                + " holiday\"}");
    assertThat(closure.status()).as(closure.body()).isEqualTo(201);
    bIds.put("closures", closure.json().get("id").asText());
    bIds.put("bookings", Long.toString(booking(db, conversation)));
  }

  /** One of B's bookings, for the web visitor who wrote, a week ahead (so in the default list). */
  static long booking(org.jooq.DSLContext db, long conversation) {
    long customer =
        db.select(Conversations.CUSTOMER_ID)
            .from(Conversations.T)
            .where(Conversations.ID.eq(conversation))
            .fetchSingle(Conversations.CUSTOMER_ID);
    db.update(Schema.Customers.T)
        .set(Schema.Customers.NAME, MARK + " customer")
        .where(Schema.Customers.ID.eq(customer))
        .execute();
    bIds.put("customers", Long.toString(customer));
    return ((Number)
            db.fetchValue(
                """
                with s as (insert into services (business_id, name, duration_minutes, price)
                           select business_id, ?, 30, 10 from customers where id = ? returning *),
                     r as (insert into resources (business_id, name)
                           select business_id, ? from customers where id = ? returning *)
                insert into bookings (business_id, customer_id, service_id, resource_id,
                                      starts_at, ends_at, during, price)
                select s.business_id, ?, s.id, r.id, '2026-11-30 10:00+01', '2026-11-30 10:30+01',
                       tstzrange('2026-11-30 10:00+01', '2026-11-30 10:30+01'), 10
                from s, r returning id
                """,
                MARK + " service",
                customer,
                MARK + " staff",
                customer,
                customer))
        .longValue();
  }

  static String create(String slug) {
    return create(app, slug);
  }

  /** A new business in Berlin through the operator's key; its first key. */
  static String create(TestApp app, String slug) {
    var created =
        app.as(TestApp.ADMIN_KEY, null)
            .post(
                "/api/businesses",
                "{\"slug\":\""
                    + slug
                    + "\",\"name\":\""
                    + slug
                    + "\",\"timeZone\":\"Europe/Berlin\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("apiKey").asText();
  }

  @TestFactory
  Stream<DynamicTest> a_business_key_never_reaches_another_business_s_rows() {
    List<HttpApi.Route> routes =
        app.app().routes().stream().filter(r -> r.path().startsWith("/api/")).toList();
    assertThat(routes).hasSizeGreaterThan(8);
    List<DynamicTest> tests = new ArrayList<>();
    for (HttpApi.Route route : routes) {
      tests.add(DynamicTest.dynamicTest(route.method() + " " + route.path(), () -> check(route)));
    }
    return tests.stream();
  }

  private static void check(HttpApi.Route route) {
    String body = BODIES.getOrDefault(route.method() + " " + route.path(), "{}");
    if (PARAM.matcher(route.path()).find()) {
      String path = withIds(route.path(), bIds);
      var answer = app.as(keyA).send(route.method(), path, body);
      if (route.equals(new HttpApi.Route("PUT", "/api/channels/{platform}/{externalId}"))) {
        // Connecting B's account: a conflict, or A would think it a typo; B is never named
        // (ADR 0094).
        assertThat(answer.status()).as(route + " with B's ids: " + answer.body()).isEqualTo(409);
        assertThat(answer.body()).doesNotContain(MARK).doesNotContain(keyB);
        return;
      }
      assertThat(answer.status()).as(route + " with B's ids: " + answer.body()).isEqualTo(404);
      // Exactly the answer for an id that exists nowhere: nothing tells A that B's row exists.
      // (An upsert creates what is missing, so it has no such answer to compare with.)
      if (!route.method().equals("PUT")) {
        var missing = app.as(keyA).send(route.method(), withIds(route.path(), NOWHERE), body);
        assertThat(masked(answer.body(), bIds)).isEqualTo(masked(missing.body(), NOWHERE));
      }
      if (route.method().equals("GET")) {
        var own = app.as(keyB).send("GET", path, null);
        assertThat(own.status()).as("control: B reads its own row " + path).isEqualTo(200);
      }
      return;
    }
    var answer = app.as(keyA).send(route.method(), route.path(), body);
    assertThat(answer.status()).as(route + ": " + answer.body()).isLessThan(500);
    if (answer.status() < 300) {
      assertThat(answer.body()).as(route + " shows none of B's rows").doesNotContain(MARK);
    }
  }

  /** Ids no business has. */
  static final Map<String, String> NOWHERE =
      Map.of(
          "platform", "whatsapp",
          "externalId", "nobody-000",
          "default", "987654321");

  private static String masked(String body, Map<String, String> ids) {
    String out = body;
    for (var e : ids.entrySet()) {
      if (!e.getKey().equals("platform")) {
        out = out.replace(e.getValue(), "?");
      }
    }
    return out;
  }

  /** The path with each parameter replaced by an id of that kind from {@code ids}. */
  static String withIds(String path, Map<String, String> ids) {
    Matcher m = PARAM.matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String param = m.group(1);
      String kind = param.equals("id") ? kindBefore(path, m.start()) : param;
      String id = ids.getOrDefault(kind, ids.get("default"));
      if (id == null) {
        fail("no id of business B for {" + param + "} in " + path + ": add one to bIds");
      }
      m.appendReplacement(out, id);
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String kindBefore(String path, int at) {
    String before = path.substring(0, at - 1);
    return before.substring(before.lastIndexOf('/') + 1);
  }

  /** The lists B sees its rows in: A's answer to the same list showed none of them. */
  @TestFactory
  Stream<DynamicTest> every_list_shows_b_its_own_rows_so_the_check_above_means_something() {
    return app.app().routes().stream()
        .filter(r -> r.path().startsWith("/api/") && r.method().equals("GET"))
        .filter(r -> !PARAM.matcher(r.path()).find())
        .filter(r -> LISTS_WITH_B_ROWS.contains(r.path()))
        .map(
            r ->
                DynamicTest.dynamicTest(
                    r.path(), () -> assertThat(app.as(keyB).get(r.path()).body()).contains(MARK)));
  }

  static final List<String> LISTS_WITH_B_ROWS =
      List.of(
          "/api/conversations",
          "/api/keys",
          "/api/channels",
          "/api/outbox/dead",
          "/api/bookings",
          "/api/services",
          "/api/staff",
          "/api/closures");
}
