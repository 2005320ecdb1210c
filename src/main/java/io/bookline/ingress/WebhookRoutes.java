package io.bookline.ingress;

import io.bookline.ApiError;
import io.bookline.booking.Catalog;
import io.bookline.booking.CatalogRepository;
import io.bookline.booking.Reply;
import io.bookline.channel.InboundMessage;
import io.bookline.channel.web.WebChannel;
import io.bookline.processor.TurnResult;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * Platform webhooks. Each route verifies and parses, records the message in the inbox, and only
 * then answers; the web chat answers with the turn's replies.
 */
public final class WebhookRoutes {
  private final CatalogRepository catalogs;
  private final WebChannel web;
  private final Inbox inbox;
  private final Dispatcher dispatcher;

  public WebhookRoutes(
      CatalogRepository catalogs, WebChannel web, Inbox inbox, Dispatcher dispatcher) {
    this.catalogs = catalogs;
    this.web = web;
    this.inbox = inbox;
    this.dispatcher = dispatcher;
  }

  public void register(RoutesConfig routes) {
    routes.post("/webhooks/web/{businessSlug}", this::web);
  }

  /** The web chat's reply body. */
  public record WebResponse(List<Reply> replies) {}

  private void web(Context ctx) {
    String slug = ctx.pathParam("businessSlug");
    Catalog catalog =
        catalogs
            .bySlug(slug)
            .orElseThrow(() -> ApiError.notFound("no business with slug '" + slug + "'"));
    InboundMessage message;
    try {
      message = web.parse(catalog.business().id(), ctx.body());
    } catch (WebChannel.BadPayload e) {
      throw ApiError.badRequest(e.getMessage());
    }
    Inbox.Recorded recorded = inbox.record(message);
    TurnResult result = dispatcher.dispatch(message, recorded);
    ctx.json(new WebResponse(result.replies()));
  }
}
