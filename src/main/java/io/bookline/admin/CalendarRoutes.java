package io.bookline.admin;

import io.bookline.ApiError;
import io.bookline.calendar.CalendarFiles;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calendar files (ADR 0036): a booking's {@code .ics} and a staff member's feed, public behind
 * their unguessable links; the owner API issues and revokes a staff member's feed link and gives a
 * booking's.
 */
public final class CalendarRoutes {
  static final String CALENDAR = "text/calendar; charset=utf-8";

  private final OwnerAuth auth;
  private final CalendarFiles files;

  public CalendarRoutes(OwnerAuth auth, CalendarFiles files) {
    this.auth = auth;
    this.files = files;
  }

  public void register(RoutesConfig routes) {
    routes.get("/calendar/booking/{token}", this::booking);
    routes.get("/calendar/staff/{token}", this::feed);
    routes.get("/api/bookings/{id}/calendar", this::bookingLink);
    routes.post("/api/staff/{id}/calendar-feed", this::issue);
    routes.delete("/api/staff/{id}/calendar-feed", this::revoke);
  }

  private void booking(Context ctx) {
    String ics =
        files
            .booking(ctx.pathParam("token"))
            .orElseThrow(() -> ApiError.notFound("no calendar file at this link"));
    ctx.header("Content-Disposition", "attachment; filename=\"booking.ics\"")
        .contentType(CALENDAR)
        .result(ics);
  }

  private void feed(Context ctx) {
    String ics =
        files
            .feed(ctx.pathParam("token"))
            .orElseThrow(() -> ApiError.notFound("no calendar feed at this link"));
    ctx.header("Cache-Control", "private, max-age=300").contentType(CALENDAR).result(ics);
  }

  private void bookingLink(Context ctx) {
    long business = auth.business(ctx);
    long id = Paths.id(ctx, "booking");
    String token =
        files.bookingToken(business, id).orElseThrow(() -> ApiError.notFound("no booking " + id));
    ctx.json(Map.of("booking", id, "url", "/calendar/booking/" + token));
  }

  private void issue(Context ctx) {
    long business = auth.business(ctx);
    long staff = Paths.id(ctx, "staff member");
    String token = files.issueFeed(business, staff);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("staffId", staff);
    out.put("url", "/calendar/staff/" + token);
    ctx.status(201).json(out);
  }

  private void revoke(Context ctx) {
    long business = auth.business(ctx);
    long staff = Paths.id(ctx, "staff member");
    files.revokeFeed(business, staff);
    ctx.json(Map.of("staffId", staff, "revoked", true));
  }
}
