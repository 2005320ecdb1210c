package io.bookline.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.ApiError;
import io.bookline.channel.Initiative;
import io.bookline.owner.Problems;
import io.bookline.reminders.TemplateSettings;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The approved template one of the business's WhatsApp numbers sends reminders with outside the
 * 24-hour window (ADR 0035): without one, such reminders are skipped and the transcript says why.
 */
public final class TemplateRoutes {
  static final String PATH = "/api/channels/whatsapp/{externalId}/reminder-template";

  private final OwnerAuth auth;
  private final TemplateSettings templates;
  private final ObjectMapper json;

  public TemplateRoutes(OwnerAuth auth, TemplateSettings templates, ObjectMapper json) {
    this.auth = auth;
    this.templates = templates;
    this.json = json;
  }

  public void register(RoutesConfig routes) {
    routes.get(PATH, this::get);
    routes.put(PATH, this::put);
    routes.delete(PATH, this::delete);
  }

  private void get(Context ctx) {
    long business = auth.business(ctx);
    String number = number(ctx, business);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("externalId", number);
    out.put("template", templates.get(business, number).orElse(null));
    ctx.json(out);
  }

  /** The path's number, when it is one of the business's; else 404, as for a number of no one. */
  private String number(Context ctx, long business) {
    String number = ctx.pathParam("externalId");
    if (!templates.exists(business, number)) {
      throw ApiError.notFound("no WhatsApp number " + number);
    }
    return number;
  }

  private void put(Context ctx) {
    long business = auth.business(ctx);
    String number = number(ctx, business);
    Problems problems = new Problems();
    JsonBody body =
        JsonBody.object(ctx, json, problems).only(Set.of("name", "language", "parameters"));
    String name = body.string("name");
    String language = body.string("language");
    List<String> parameters = body.texts("parameters");
    problems.throwIfAny();
    TemplateSettings.problems(name, language, parameters).forEach(problems::add);
    problems.throwIfAny();
    var template = new Initiative.Template(name, language, parameters);
    if (!templates.set(business, number, template)) {
      throw ApiError.notFound("no WhatsApp number " + number);
    }
    ctx.json(template);
  }

  private void delete(Context ctx) {
    long business = auth.business(ctx);
    String number = number(ctx, business);
    if (!templates.set(business, number, null)) {
      throw ApiError.notFound("no WhatsApp number " + number);
    }
    ctx.json(Map.of("externalId", number, "removed", true));
  }
}
