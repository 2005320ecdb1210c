package io.bookline.ingress;

import io.bookline.ApiError;
import io.bookline.booking.BookingDialogue;
import io.bookline.booking.Catalog;
import io.bookline.booking.CatalogRepository;
import io.bookline.channel.Channel;
import io.bookline.channel.web.VisitorTokens;
import io.bookline.channel.web.WebChannel;
import io.bookline.db.Schema.Businesses;
import io.bookline.understanding.Language;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The web chat's page and what it shows on opening.
 *
 * <ul>
 *   <li>{@code GET /chat/{businessSlug}}: the page, with the business's name, and a
 *       Content-Security-Policy that lets the business's own sites frame it (ADR 0021).
 *   <li>{@code GET /webhooks/web/{businessSlug}/history}: the visitor the cookie (or the {@value
 *       #VISITOR_HEADER} header) proves, else a new one, with its token, and the conversation so
 *       far (the last {@value ChatHistory#HISTORY} messages); a visitor with none gets the
 *       business's greeting, which is not stored: nobody said "Hi" (issue 15). With {@code
 *       ?after=<id>}: only the visitor's messages after that one, oldest first, so an open page can
 *       pick up what a person wrote from the console; {@code withPerson} says whether a person has
 *       the conversation (the page then looks more often).
 * </ul>
 */
public final class WebChatRoutes {
  /** Where a page framed by another site, which gets no cookie, sends its visitor token. */
  public static final String VISITOR_HEADER = "X-Bookline-Visitor";

  private final CatalogRepository catalogs;
  private final DSLContext db;
  private final ChatHistory history;
  private final VisitorTokens tokens;
  private final BookingDialogue dialogue;
  private final FloodGuard limits;
  private final ClientAddress clientAddress;
  private final Clock clock;
  private final String page = resource("/chat.html");

  public WebChatRoutes(
      CatalogRepository catalogs,
      DSLContext db,
      VisitorTokens tokens,
      BookingDialogue dialogue,
      FloodGuard limits,
      ClientAddress clientAddress,
      Clock clock) {
    this.catalogs = catalogs;
    this.db = db;
    this.history = new ChatHistory(db);
    this.tokens = tokens;
    this.dialogue = dialogue;
    this.limits = limits;
    this.clientAddress = clientAddress;
    this.clock = clock;
  }

  public void register(RoutesConfig routes) {
    routes.get("/chat/{businessSlug}", this::page);
    routes.get("/webhooks/web/{businessSlug}/history", this::history);
  }

  private void history(Context ctx) {
    if (!limits.allowAddress(clientAddress.of(ctx))) {
      long wait = limits.retryAfterSeconds();
      ctx.header("Retry-After", String.valueOf(wait));
      throw new ApiError(
          429,
          "too_many_requests",
          "too many chat requests from this address; try again in " + wait + " s");
    }
    String slug = ctx.pathParam("businessSlug");
    Catalog catalog =
        catalogs
            .bySlug(slug)
            .orElseThrow(() -> ApiError.notFound("no business with slug '" + slug + "'"));
    long business = catalog.business().id();
    String presented = ctx.header(VISITOR_HEADER);
    if (presented == null) {
      presented = ctx.cookie(WebChannel.COOKIE);
    }
    Long after = after(ctx);
    Optional<String> known = tokens.visitor(business, presented);
    String visitor = known.orElseGet(tokens::newVisitor);
    ChatHistory.Seen seen =
        known
            .map(v -> history.seen(business, v, after))
            .orElse(new ChatHistory.Seen(List.of(), false));
    List<ChatHistory.Line> lines = seen.lines();
    boolean greeting = lines.isEmpty() && after == null;
    if (greeting) {
      lines =
          dialogue.greeting(catalog, clock.instant(), language(ctx, catalog)).stream()
              .map(r -> new ChatHistory.Line(0, "bot", r.text(), r.options(), List.of(), null))
              .toList();
    }
    Channel.Kept kept =
        new Channel.Kept(
            WebChannel.VISITOR,
            WebChannel.COOKIE,
            tokens.token(business, visitor),
            "/webhooks/web/" + slug,
            WebChannel.COOKIE_AGE);
    WebhookRoutes.keep(ctx, kept);
    ctx.header("Cache-Control", "no-store");
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put(WebChannel.VISITOR, kept.value());
    answer.put("greeting", greeting);
    answer.put("withPerson", seen.withPerson());
    answer.put("messages", lines);
    ctx.json(answer);
  }

  /** The {@code after} query parameter: a message id, or null when absent. */
  private static Long after(Context ctx) {
    String raw = ctx.queryParam("after");
    if (raw == null) {
      return null;
    }
    try {
      long id = Long.parseLong(raw.strip());
      if (id >= 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiError.badRequest("after must be a message id (a whole number, 0 or more)");
  }

  private void page(Context ctx) {
    String slug = ctx.pathParam("businessSlug");
    var catalog =
        catalogs
            .bySlug(slug)
            .orElseThrow(() -> ApiError.notFound("no business with slug '" + slug + "'"));
    ctx.header(
        "Content-Security-Policy",
        SecurityHeaders.chatPage(page, frameAncestors(catalog.business().id())));
    ctx.header("Cache-Control", "no-cache");
    ctx.header("Vary", "Accept-Language");
    Language language = language(ctx, catalog);
    var words = io.bookline.wording.Messages.forLocale(language.locale());
    String html = page.replace("{{businessName}}", htmlEscape(catalog.business().name()));
    html = html.replace("{{lang}}", language.code());
    for (String id : PAGE_WORDS) {
      String word = id.substring(id.indexOf('_') + 1);
      html = html.replace("{{" + word + "}}", htmlEscape(words.text(id)));
    }
    ctx.html(html);
  }

  /**
   * The page's own words: {@code chat.page_<word>} fills {@code {{word}}}; the flood note, busy.
   */
  private static final List<String> PAGE_WORDS =
      List.of(
          "chat.page_placeholder",
          "chat.page_message",
          "chat.page_send",
          "chat.page_wrong",
          "chat.page_reload",
          "chat.page_retry",
          "chat.page_busy");

  /**
   * The language of a new visitor's page and greeting: the first of the browser's languages the
   * chat speaks, else the business's. Once the visitor writes, each message's own language decides.
   */
  static Language language(Context ctx, Catalog catalog) {
    String accepted = ctx.header("Accept-Language");
    if (accepted != null) {
      try {
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(accepted)) {
          String code = range.getRange().split("-", 2)[0];
          Optional<Language> spoken = Language.fromCode(code);
          if (spoken.isPresent()) {
            return spoken.get();
          }
        }
      } catch (IllegalArgumentException e) {
        // A malformed header says nothing; the business's language it is.
      }
    }
    return Language.of(catalog.business().locale());
  }

  /** The sites the business lets frame its chat (read per page load: an owner's change is live). */
  private List<String> frameAncestors(long business) {
    String stored =
        db.select(Businesses.FRAME_ANCESTORS)
            .from(Businesses.T)
            .where(Businesses.ID.eq(business))
            .fetchOne(Businesses.FRAME_ANCESTORS);
    return stored == null || stored.isBlank() ? List.of() : List.of(stored.strip().split(" +"));
  }

  static String htmlEscape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private static String resource(String path) {
    try (InputStream in = WebChatRoutes.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + path, e);
    }
  }
}
