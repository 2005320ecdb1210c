package io.bookline.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.ApiError;
import io.bookline.booking.Catalog;
import io.bookline.booking.CatalogFacts;
import io.bookline.booking.CatalogRepository;
import io.bookline.understanding.Evidence;
import io.bookline.understanding.Expectation;
import io.bookline.understanding.Language;
import io.bookline.understanding.LanguageDetector;
import io.bookline.understanding.Named;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Span;
import io.bookline.understanding.TokenAccount;
import io.bookline.understanding.Understanding;
import io.bookline.understanding.UnderstandingContext;
import io.bookline.understanding.Understood;
import io.bookline.understanding.Unresolved;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /api/nlu/parse}: what understanding reads in a text, like Rasa's {@code
 * /model/parse}. For checking and scoring the understanding without a conversation, against the
 * calling business's catalog.
 */
public final class NluRoutes {
  private final OwnerAuth auth;
  private final CatalogRepository catalogs;
  private final Understanding understanding;
  private final LanguageDetector detector;
  private final ObjectMapper json;
  private final Clock clock;

  public NluRoutes(
      OwnerAuth auth,
      CatalogRepository catalogs,
      Understanding understanding,
      LanguageDetector detector,
      ObjectMapper json,
      Clock clock) {
    this.auth = auth;
    this.catalogs = catalogs;
    this.understanding = understanding;
    this.detector = detector;
    this.json = json;
    this.clock = clock;
  }

  public void register(RoutesConfig routes) {
    routes.post("/api/nlu/parse", this::parse);
  }

  private void parse(Context ctx) {
    long business = auth.business(ctx);
    JsonNode body = JsonRequest.read(ctx, json);
    if (body == null || !body.isObject()) {
      throw ApiError.badRequest("expected a JSON object like {\"text\": \"tomorrow at 4\"}");
    }
    JsonNode text = body.get("text");
    if (text == null || text.isNull()) {
      throw ApiError.badRequest("text is missing; expected a string");
    }
    if (!text.isTextual()) {
      throw ApiError.badRequest(
          "text must be a string such as \"tomorrow at 4\", not "
              + text.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    // The calling business's catalog; "business" in the body, if sent, must name it.
    Catalog catalog = catalogs.byId(business).orElse(null);
    if (body.hasNonNull("business")
        && (catalog == null || !catalog.business().slug().equals(body.get("business").asText()))) {
      throw ApiError.notFound("no business with slug '" + body.get("business").asText() + "'");
    }
    ZoneId zone = catalog == null ? ZoneId.of("UTC") : catalog.business().zone();
    if (body.hasNonNull("timeZone")) {
      try {
        zone = ZoneId.of(body.get("timeZone").asText());
      } catch (DateTimeException e) {
        throw ApiError.badRequest(
            "timeZone '"
                + body.get("timeZone").asText()
                + "' is not an IANA time zone such as Europe/Berlin");
      }
    }
    LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
    if (body.hasNonNull("now")) {
      try {
        now = LocalDateTime.parse(body.get("now").asText());
      } catch (DateTimeParseException e) {
        throw ApiError.badRequest(
            "now '"
                + body.get("now").asText()
                + "' is not a local date-time such as 2019-03-01T09:00:00");
      }
    }
    Expectation expecting = Expectation.NOTHING;
    if (body.hasNonNull("expecting")) {
      try {
        expecting = Expectation.valueOf(body.get("expecting").asText().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest(
            "expecting must be one of "
                + List.of(Expectation.values()).toString().toLowerCase(Locale.ROOT));
      }
    }
    List<Named> services =
        catalog == null
            ? List.of()
            : catalog.services().stream()
                .map(s -> new Named(s.id(), s.name(), s.matchWords()))
                .toList();
    List<Named> resources =
        catalog == null
            ? List.of()
            : catalog.resources().stream()
                .map(r -> new Named(r.id(), r.name(), List.of(), r.serviceIds()))
                .toList();
    Locale locale = catalog == null ? Locale.UK : catalog.business().locale();
    Language language = language(body, text.asText(), locale);
    long started = System.nanoTime();
    Understood understood =
        understanding.understand(
            text.asText(),
            new UnderstandingContext(
                    now,
                    zone,
                    locale,
                    services,
                    resources,
                    expecting,
                    catalog == null ? "" : CatalogFacts.describe(catalog),
                    "",
                    List.of(),
                    language)
                .withHorizon(catalog == null ? 0 : catalog.business().horizonDays())
                .paidBy(
                    catalog == null
                        ? TokenAccount.NONE
                        : new TokenAccount(
                            catalog.business().id(),
                            catalog.business().slug(),
                            catalog.business().dailyTokenBudget())));
    long micros = (System.nanoTime() - started) / 1_000;
    Reading r = understood.reading();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("intent", r.intent().name().toLowerCase(Locale.ROOT));
    out.put(
        "service",
        catalog == null ? null : catalog.service(r.serviceId()).map(s -> s.name()).orElse(null));
    out.put("date", r.date() == null ? null : r.date().toString());
    out.put(
        "time",
        r.time() == null
            ? null
            : String.format(Locale.ROOT, "%02d:%02d", r.time().getHour(), r.time().getMinute()));
    out.put(
        "timeQualifier",
        r.qualifier() == null ? null : r.qualifier().name().toLowerCase(Locale.ROOT));
    out.put(
        "partOfDay", r.partOfDay() == null ? null : r.partOfDay().name().toLowerCase(Locale.ROOT));
    out.put(
        "resource",
        catalog == null ? null : catalog.resource(r.resourceId()).map(x -> x.name()).orElse(null));
    out.put("personName", r.personName());
    out.put("choice", r.choice());
    Evidence evidence = r.evidence();
    out.put("dateSpan", span(evidence.dateSpan()));
    out.put("timeSpan", span(evidence.timeSpan()));
    out.put("unresolved", evidence.unresolved().stream().map(NluRoutes::unresolved).toList());
    out.put("language", language.code());
    out.put("understanding", understood.trace().provider());
    out.put("fallback", understood.trace().fallback());
    if (understood.trace().fallbackReason() != null) {
      out.put("fallbackReason", understood.trace().fallbackReason());
    }
    if (!understood.trace().rejected().isEmpty()) {
      out.put("rejected", understood.trace().rejected());
    }
    if (!understood.trace().merge().isEmpty()) {
      out.put("merge", understood.trace().merge());
    }
    out.put("parseMicros", micros);
    ctx.json(out);
  }

  /**
   * The language asked for, or else the one the text leads in, as a conversation's first message is
   * read (the business's when no language leads).
   */
  private Language language(JsonNode body, String text, Locale locale) {
    if (!body.hasNonNull("language")) {
      return detector.first(Language.of(locale), text).language();
    }
    JsonNode value = body.get("language");
    return Language.fromCode(value.isTextual() ? value.asText() : "")
        .filter(l -> value.asText().length() == 2)
        .orElseThrow(
            () ->
                ApiError.badRequest(
                    "language '"
                        + value.asText()
                        + "' is not one of "
                        + Arrays.stream(Language.values()).map(Language::code).toList()));
  }

  /** {@code [start, end]}: character offsets into the text, end exclusive. */
  private static List<Integer> span(Span span) {
    return span == null ? null : List.of(span.start(), span.end());
  }

  private static Map<String, Object> unresolved(Unresolved u) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("slot", u.what().name().toLowerCase(Locale.ROOT));
    out.put("span", span(u.span()));
    out.put("text", u.words());
    out.put("reason", u.reason());
    return out;
  }
}
