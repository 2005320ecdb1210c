package io.bookline.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.owner.HoursAdmin;
import io.bookline.owner.Problems;
import io.bookline.owner.ServiceAdmin;
import io.bookline.owner.StaffAdmin;
import io.bookline.owner.WeeklyHours;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calling business's catalog: services, staff and weekly hours (ADR 0031). Each route reads the
 * request into {@link Problems} and calls an {@code owner} service; the chat sees a change from its
 * next message on every instance.
 */
public final class CatalogRoutes {
  static final Set<String> SERVICE_FIELDS =
      Set.of(
          "name",
          "durationMinutes",
          "price",
          "bufferBeforeMinutes",
          "bufferAfterMinutes",
          "synonyms",
          "active",
          "names",
          "synonymsByLanguage");
  static final Set<String> STAFF_FIELDS = Set.of("name", "serviceIds", "active");
  static final Set<String> HOURS_FIELDS = Set.of("weekday", "opens", "closes");

  private final OwnerAuth auth;
  private final ServiceAdmin services;
  private final StaffAdmin staff;
  private final HoursAdmin hours;
  private final ObjectMapper json;

  public CatalogRoutes(
      OwnerAuth auth,
      ServiceAdmin services,
      StaffAdmin staff,
      HoursAdmin hours,
      ObjectMapper json) {
    this.auth = auth;
    this.services = services;
    this.staff = staff;
    this.hours = hours;
    this.json = json;
  }

  public void register(RoutesConfig routes) {
    routes.get(
        "/api/services", ctx -> ctx.json(Map.of("services", services.list(auth.business(ctx)))));
    routes.post("/api/services", this::createService);
    routes.get(
        "/api/services/{id}",
        ctx -> ctx.json(services.get(auth.business(ctx), Paths.id(ctx, "service"))));
    routes.patch("/api/services/{id}", this::patchService);
    routes.delete(
        "/api/services/{id}",
        ctx -> ctx.json(services.delete(auth.business(ctx), Paths.id(ctx, "service"))));

    routes.get("/api/staff", ctx -> ctx.json(Map.of("staff", staff.list(auth.business(ctx)))));
    routes.post("/api/staff", this::createStaff);
    routes.get(
        "/api/staff/{id}", ctx -> ctx.json(staff.get(auth.business(ctx), Paths.id(ctx, "staff"))));
    routes.patch("/api/staff/{id}", this::patchStaff);
    routes.delete(
        "/api/staff/{id}",
        ctx -> ctx.json(staff.delete(auth.business(ctx), Paths.id(ctx, "staff"))));
    routes.get(
        "/api/staff/{id}/hours",
        ctx -> ctx.json(hours.staffHours(auth.business(ctx), Paths.id(ctx, "staff"))));
    routes.put("/api/staff/{id}/hours", this::putStaffHours);

    routes.get("/api/hours", ctx -> ctx.json(hours.businessHours(auth.business(ctx))));
    routes.put("/api/hours", this::putHours);
  }

  private void createService(Context ctx) {
    long business = auth.business(ctx);
    Problems problems = new Problems();
    var in = service(JsonBody.object(ctx, json, problems).only(SERVICE_FIELDS));
    ctx.status(201).json(services.create(business, in, problems));
  }

  private void patchService(Context ctx) {
    long business = auth.business(ctx);
    long id = Paths.id(ctx, "service");
    Problems problems = new Problems();
    var in = service(JsonBody.object(ctx, json, problems).only(SERVICE_FIELDS));
    var saved = services.patch(business, id, in, problems);
    ObjectNode body = json.valueToTree(saved);
    body.set("warnings", json.valueToTree(services.warnings(business, saved)));
    ctx.json(body);
  }

  private static ServiceAdmin.ServiceInput service(JsonBody body) {
    return new ServiceAdmin.ServiceInput(
        body.string("name"),
        body.integer("durationMinutes"),
        body.decimal("price"),
        body.integer("bufferBeforeMinutes"),
        body.integer("bufferAfterMinutes"),
        body.texts("synonyms"),
        body.bool("active"),
        body.textMap("names"),
        body.textListMap("synonymsByLanguage"));
  }

  private void createStaff(Context ctx) {
    long business = auth.business(ctx);
    Problems problems = new Problems();
    var in = staff(JsonBody.object(ctx, json, problems).only(STAFF_FIELDS));
    ctx.status(201).json(withWarnings(business, staff.create(business, in, problems)));
  }

  private void patchStaff(Context ctx) {
    long business = auth.business(ctx);
    long id = Paths.id(ctx, "staff");
    Problems problems = new Problems();
    var in = staff(JsonBody.object(ctx, json, problems).only(STAFF_FIELDS));
    ctx.json(withWarnings(business, staff.patch(business, id, in, problems)));
  }

  /** The staff member as {@code GET} shows them, plus {@code warnings} (like their hours' PUT). */
  private ObjectNode withWarnings(long business, StaffAdmin.StaffView saved) {
    ObjectNode body = json.valueToTree(saved);
    body.set("warnings", json.valueToTree(staff.warnings(business, saved)));
    return body;
  }

  private static StaffAdmin.StaffInput staff(JsonBody body) {
    return new StaffAdmin.StaffInput(
        body.string("name"), body.ids("serviceIds"), body.bool("active"));
  }

  private void putHours(Context ctx) {
    long business = auth.business(ctx);
    Problems problems = new Problems();
    ctx.json(hours.replaceBusinessHours(business, week(ctx, problems), problems));
  }

  private void putStaffHours(Context ctx) {
    long business = auth.business(ctx);
    long id = Paths.id(ctx, "staff");
    staff.get(business, id); // another business's staff member: 404 before the body is read
    Problems problems = new Problems();
    ctx.json(hours.replaceStaffHours(business, id, week(ctx, problems), problems));
  }

  /** A week as sent: {@code [{"weekday": 1, "opens": "09:00", "closes": "13:00"}, …]}. */
  private List<WeeklyHours.IntervalInput> week(Context ctx, Problems problems) {
    return JsonBody.array(ctx, json, problems).stream()
        .map(
            row ->
                row == null
                    ? null
                    : new WeeklyHours.IntervalInput(
                        row.only(HOURS_FIELDS).integer("weekday"),
                        row.string("opens"),
                        row.string("closes")))
        .toList();
  }
}
