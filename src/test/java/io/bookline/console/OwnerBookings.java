package io.bookline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Browser;
import io.bookline.support.TestApp;

/** Bookings a console test needs on the calendar, made through the owner API with its key. */
final class OwnerBookings {
  private OwnerBookings() {}

  /**
   * Books {@code service} at {@code start} (Berlin time, "2026-11-24T10:00") with the demo's first
   * staff member for {@code customer}, with the key of {@code browser}'s owner; returns its id.
   */
  static long book(TestApp app, Browser browser, long service, String start, String customer) {
    var booked =
        app.as(browser.key())
            .post(
                "/api/bookings",
                "{\"serviceId\": "
                    + service
                    + ", \"staffId\": 1, \"start\": \""
                    + start
                    + "\", \"customerName\": \""
                    + customer
                    + "\"}");
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    return booked.json().get("id").asLong();
  }
}
