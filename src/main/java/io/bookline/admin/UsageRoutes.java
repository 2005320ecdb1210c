package io.bookline.admin;

import io.bookline.ApiError;
import io.bookline.owner.BusinessAdmin;
import io.bookline.owner.Problems;
import io.bookline.usage.TokenUsage;
import io.bookline.usage.TokenUsage.DayUsage;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/usage?from=&to=}: the model tokens the calling business's conversations spent,
 * per day of its own time zone, with its daily budget (issue 18). Without dates, the last 30 days.
 */
public final class UsageRoutes {
  /** The longest range one request may ask for. */
  static final int MAX_DAYS = 366;

  private final OwnerAuth auth;
  private final TokenUsage usage;
  private final BusinessAdmin businesses;
  private final Clock clock;

  public UsageRoutes(OwnerAuth auth, TokenUsage usage, BusinessAdmin businesses, Clock clock) {
    this.auth = auth;
    this.usage = usage;
    this.businesses = businesses;
    this.clock = clock;
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/usage", this::usage);
  }

  private void usage(Context ctx) {
    long id = auth.business(ctx);
    BusinessAdmin.BusinessView business =
        businesses.byId(id).orElseThrow(() -> ApiError.notFound("no business " + id));
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(business.timeZone())));
    Problems problems = new Problems();
    LocalDate to = day(problems, "to", ctx.queryParam("to"), today);
    LocalDate from = day(problems, "from", ctx.queryParam("from"), to.minusDays(29));
    if (problems.isEmpty() && from.isAfter(to)) {
      problems.add("from", "must not be after to (" + to + ")");
    } else if (problems.isEmpty() && ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      problems.add("from", "the range may cover at most " + MAX_DAYS + " days");
    }
    problems.throwIfAny();

    List<DayUsage> days = usage.days(id, from, to);
    long prompt = days.stream().mapToLong(DayUsage::promptTokens).sum();
    long completion = days.stream().mapToLong(DayUsage::completionTokens).sum();
    long calls = days.stream().mapToLong(DayUsage::calls).sum();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from", from.toString());
    out.put("to", to.toString());
    out.put("timeZone", business.timeZone());
    out.put("dailyTokenBudget", business.dailyTokenBudget());
    out.put("days", days.stream().map(UsageRoutes::day).toList());
    out.put("total", totals(prompt, completion, calls));
    ctx.json(out);
  }

  private static Map<String, Object> day(DayUsage d) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("day", d.day().toString());
    out.putAll(totals(d.promptTokens(), d.completionTokens(), d.calls()));
    return out;
  }

  private static Map<String, Object> totals(long prompt, long completion, long calls) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("promptTokens", prompt);
    out.put("completionTokens", completion);
    out.put("totalTokens", prompt + completion);
    out.put("calls", calls);
    return out;
  }

  private static LocalDate day(Problems problems, String field, String text, LocalDate otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeException e) {
      problems.add(field, "'" + text + "' is not a day such as 2026-11-24");
      return otherwise;
    }
  }
}
