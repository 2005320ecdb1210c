package io.bookline.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.ApiError;
import io.bookline.outbox.DeadLetters;
import io.bookline.outbox.Outbox;
import io.bookline.owner.Problems;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Dead letters queued again in bulk (ADR 0028): after a platform outage outlasted the retry window,
 * or a token was fixed, the owner sends every dead reply of the business again, or the ones named.
 * A business reaches only its own rows: an id that is not one of its dead replies is "not found",
 * and then nothing is queued.
 */
public final class OutboxRoutes {
  /** Ids named in one request at most. */
  static final int MAX_IDS = 1000;

  private final OwnerAuth auth;
  private final Outbox outbox;
  private final ObjectMapper json;

  public OutboxRoutes(OwnerAuth auth, Outbox outbox, ObjectMapper json) {
    this.auth = auth;
    this.outbox = outbox;
    this.json = json;
  }

  public void register(RoutesConfig routes) {
    routes.post("/api/outbox/retry", this::retryAll);
  }

  /** Body {@code {}} (or none): every dead reply; {@code {"ids": [..]}}: those, all or none. */
  private void retryAll(Context ctx) {
    long business = auth.business(ctx);
    Problems problems = new Problems();
    JsonBody body = JsonBody.object(ctx, json, problems).only(Set.of("ids"));
    List<Long> ids = body.ids("ids");
    if (ids != null && ids.size() > MAX_IDS) {
      problems.add("ids", "names " + ids.size() + " replies; at most " + MAX_IDS + " at once");
    }
    if (ids != null && ids.isEmpty()) {
      problems.add("ids", "is empty; leave it out to retry every dead reply");
    }
    problems.throwIfAny();
    DeadLetters.Requeued requeued =
        outbox.deadLetters().retryAll(business, ids == null ? List.of() : ids);
    if (!requeued.unknown().isEmpty()) {
      throw ApiError.notFound(
          "no dead-lettered "
              + (requeued.unknown().size() == 1 ? "reply " : "replies ")
              + requeued.unknown().stream().map(String::valueOf).collect(Collectors.joining(", "))
              + "; nothing was queued again");
    }
    if (!requeued.ids().isEmpty()) {
      outbox.wake();
    }
    ctx.json(Map.of("retried", requeued.ids().size(), "ids", requeued.ids()));
  }
}
