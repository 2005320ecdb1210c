package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;

/** Steps the owner-API tests take again and again: a service's id, a booking made by the owner. */
final class OwnerApiSteps {
  private OwnerApiSteps() {}

  /** The id of the demo studio's service called {@code name}. */
  static long serviceId(TestApp app, String name) {
    return ((Number)
            app.app().database().dsl().fetchValue("select id from services where name = ?", name))
        .longValue();
  }

  /**
   * Books {@code service} at {@code start} (local time, "2026-11-20T16:00") for {@code customer}
   * through the owner API, which must answer 201; returns the new booking's id.
   */
  static long book(TestApp.Caller owner, long service, String start, String customer) {
    TestApp.Response made =
        owner.post(
            "/api/bookings",
            "{\"serviceId\":"
                + service
                + ",\"start\":\""
                + start
                + "\",\"customerName\":\""
                + customer
                + "\"}");
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    return made.json().get("id").asLong();
  }
}
