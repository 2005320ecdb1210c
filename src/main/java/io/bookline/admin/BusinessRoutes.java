package io.bookline.admin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.ApiError;
import io.bookline.owner.BusinessAdmin;
import io.bookline.owner.BusinessKeys;
import io.bookline.owner.Caller;
import io.bookline.owner.Problems;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BusinessAdmin (the operator creates them; {@code GET /api/businesses} lists all for the operator
 * and only its own for a business key), the calling business's rules, and its keys.
 */
public final class BusinessRoutes {
  private static final Set<String> NEW_FIELDS =
      Set.of("slug", "name", "timeZone", "currency", "locale");
  private static final Set<String> RULE_FIELDS =
      Set.of(
          "frameAncestors",
          "name",
          "timeZone",
          "currency",
          "address",
          "minNoticeMinutes",
          "changeNoticeMinutes",
          "horizonDays",
          "slotIntervalMinutes",
          "askForResource",
          "dailyTokenBudget",
          "reminderLeadMinutes");

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final OwnerAuth auth;
  private final BusinessAdmin businesses;
  private final BusinessKeys keys;
  private final ObjectMapper json;

  public BusinessRoutes(
      OwnerAuth auth, BusinessAdmin businesses, BusinessKeys keys, ObjectMapper json) {
    this.auth = auth;
    this.businesses = businesses;
    this.keys = keys;
    this.json = json;
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/businesses", this::list);
    routes.post("/api/businesses", this::create);
    routes.get("/api/business", this::rules);
    routes.patch("/api/business", this::patchRules);
    routes.get("/api/keys", ctx -> ctx.json(Map.of("keys", keys.list(auth.business(ctx)))));
    routes.post("/api/keys", this::issue);
    routes.delete(
        "/api/keys/{id}", ctx -> ctx.json(keys.revoke(auth.business(ctx), Paths.id(ctx, "key"))));
  }

  private void list(Context ctx) {
    List<BusinessAdmin.BusinessView> all =
        switch (auth.caller(ctx)) {
          case Caller.Operator operator -> businesses.list();
          case Caller.Owner owner -> businesses.byId(owner.businessId()).stream().toList();
        };
    ctx.json(Map.of("businesses", all));
  }

  private void create(Context ctx) {
    auth.operator(ctx);
    Problems problems = new Problems();
    JsonBody body = JsonBody.object(ctx, json, problems).only(NEW_FIELDS);
    var in =
        new BusinessAdmin.NewBusiness(
            body.string("slug"),
            body.string("name"),
            body.string("timeZone"),
            body.string("currency"),
            body.string("locale"));
    BusinessAdmin.Created created = businesses.create(in, problems);
    Map<String, Object> out = new LinkedHashMap<>(json.convertValue(created.business(), MAP));
    out.put("apiKey", created.key().apiKey());
    out.put("apiKeyId", created.key().id());
    ctx.status(201).json(out);
  }

  private void rules(Context ctx) {
    long id = auth.business(ctx);
    ctx.json(businesses.byId(id).orElseThrow(() -> ApiError.notFound("no business " + id)));
  }

  private void patchRules(Context ctx) {
    long id = auth.business(ctx);
    Problems problems = new Problems();
    JsonBody body = JsonBody.object(ctx, json, problems).only(RULE_FIELDS);
    var patch =
        new BusinessAdmin.RulesPatch(
            body.string("name"),
            body.string("timeZone"),
            body.string("currency"),
            body.string("address"),
            body.integer("minNoticeMinutes"),
            body.integer("changeNoticeMinutes"),
            body.integer("horizonDays"),
            body.integer("slotIntervalMinutes"),
            body.bool("askForResource"),
            body.longNumber("dailyTokenBudget"),
            body.isNull("dailyTokenBudget"),
            body.integers("reminderLeadMinutes"),
            body.texts("frameAncestors"));
    String zoneBefore = businesses.byId(id).orElseThrow().timeZone();
    var saved = businesses.patch(id, patch, problems);
    ObjectNode out = json.valueToTree(saved);
    out.set("warnings", json.valueToTree(businesses.zoneWarnings(id, zoneBefore, saved)));
    ctx.json(out);
  }

  private void issue(Context ctx) {
    long business = auth.business(ctx);
    Problems problems = new Problems();
    JsonBody body = JsonBody.object(ctx, json, problems).only(Set.of("label"));
    ctx.status(201).json(keys.issue(business, body.string("label"), problems));
  }
}
