package io.bookline.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.owner.BookingAdmin;
import io.bookline.owner.BookingChanges;
import io.bookline.owner.BookingList;
import io.bookline.owner.Problems;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The calling business's bookings (issue 11): list them, book for a customer at the desk, move,
 * cancel, and mark no-shows. Every answer about one booking is the booking as the list shows it; a
 * change also says where the customer was told ({@code customerTold}: outbox, transcript, none).
 */
public final class BookingRoutes {
  private static final Set<String> NEW_FIELDS =
      Set.of("serviceId", "staffId", "start", "customerName", "customerPhone");

  private final OwnerAuth auth;
  private final BookingList list;
  private final BookingAdmin bookings;
  private final BookingChanges changes;
  private final ObjectMapper json;

  public BookingRoutes(
      OwnerAuth auth,
      BookingList list,
      BookingAdmin bookings,
      BookingChanges changes,
      ObjectMapper json) {
    this.auth = auth;
    this.list = list;
    this.bookings = bookings;
    this.changes = changes;
    this.json = json;
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/bookings", this::list);
    routes.post("/api/bookings", this::create);
    routes.get("/api/bookings/{id}", ctx -> ctx.json(list.one(auth.business(ctx), id(ctx))));
    routes.patch("/api/bookings/{id}", this::move);
    routes.get("/api/bookings/{id}/free-times", this::freeTimes);
    routes.post("/api/bookings/{id}/cancel", this::cancel);
    routes.post(
        "/api/bookings/{id}/no-show",
        ctx -> ctx.json(changes.noShow(auth.business(ctx), id(ctx), true)));
    routes.delete(
        "/api/bookings/{id}/no-show",
        ctx -> ctx.json(changes.noShow(auth.business(ctx), id(ctx), false)));
  }

  private void list(Context ctx) {
    long business = auth.business(ctx);
    Problems problems = new Problems();
    Long staff = staffParam(ctx, problems);
    var query =
        new BookingList.Query(
            ctx.queryParam("from"), ctx.queryParam("to"), staff, ctx.queryParam("status"));
    ctx.json(Map.of("bookings", list.list(business, query, problems)));
  }

  /** {@code ?staffId=}: one staff member, or null when not given. */
  private static Long staffParam(Context ctx, Problems problems) {
    String staffText = ctx.queryParam("staffId");
    if (staffText == null || staffText.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(staffText.strip());
    } catch (NumberFormatException e) {
      problems.add("staffId", "'" + staffText + "' is not an id (a whole number)");
      return null;
    }
  }

  /** Where a booking could move on one day: {@code ?day=2026-11-24&staffId=}. */
  private void freeTimes(Context ctx) {
    long business = auth.business(ctx);
    long id = id(ctx);
    Problems problems = new Problems();
    Long staff = staffParam(ctx, problems);
    var times = changes.freeTimes(business, id, ctx.queryParam("day"), staff, problems);
    ctx.json(Map.of("freeTimes", times));
  }

  private void create(Context ctx) {
    long business = auth.business(ctx);
    Problems problems = new Problems();
    JsonBody body = JsonBody.object(ctx, json, problems).only(NEW_FIELDS);
    var in =
        new BookingAdmin.NewBooking(
            body.id("serviceId"),
            body.id("staffId"),
            body.string("start"),
            body.string("customerName"),
            body.string("customerPhone"));
    ctx.status(201).json(bookings.create(business, in, problems));
  }

  private void move(Context ctx) {
    long business = auth.business(ctx);
    long id = id(ctx);
    Problems problems = new Problems();
    JsonBody body = JsonBody.object(ctx, json, problems).only(Set.of("start", "staffId"));
    answer(ctx, changes.move(business, id, body.string("start"), body.id("staffId"), problems));
  }

  private void cancel(Context ctx) {
    long business = auth.business(ctx);
    long id = id(ctx);
    Problems problems = new Problems();
    JsonBody body = JsonBody.object(ctx, json, problems).only(Set.of("reason"));
    answer(ctx, changes.cancel(business, id, body.string("reason"), problems));
  }

  private void answer(Context ctx, BookingChanges.Changed changed) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("booking", changed.booking());
    out.put("customerTold", changed.customerTold().name().toLowerCase(Locale.ROOT));
    ctx.json(out);
  }

  private static long id(Context ctx) {
    return Paths.id(ctx, "booking");
  }
}
