package io.bookline.channel.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.channel.Arrival;
import io.bookline.channel.Channel;
import io.bookline.channel.ChannelAccount;
import io.bookline.channel.Delivery;
import io.bookline.channel.Directory;
import io.bookline.channel.InboundMessage;
import io.bookline.channel.Platform;
import io.bookline.channel.Rejected;
import io.bookline.channel.Renderer;
import io.bookline.channel.Verified;
import io.bookline.channel.WebhookEvent;
import io.bookline.channel.WebhookRequest;
import io.bookline.db.Storable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The web chat at {@code /webhooks/web/{businessSlug}}: {@code {"text": "...", "visitor": "...",
 * "messageId": "..."}}. Replies go back in the HTTP response, so there is nothing to send later and
 * no account to keep: the business itself is the account. {@code messageId} is optional; a client
 * that retries with the same id gets the same answer instead of a second turn. {@code "greeted":
 * true} says the chat page showed the business's greeting before this message (see {@link
 * InboundMessage#GREETED}).
 *
 * <p>Who is writing is the server's to say (ADR 0020): a visitor is known by the signed token this
 * chat hands out ({@link VisitorTokens}), sent back in the body's {@code visitor} or in the {@value
 * #COOKIE} cookie; without a valid one the visitor is new. A {@code userId} in the body counts only
 * on a request carrying the business's own key ({@link Vouching}); anywhere else it is refused.
 */
public final class WebChannel implements Channel {
  /** Longest accepted message; a chat message longer than this is not a booking request. */
  public static final int MAX_TEXT = 4_000;

  /**
   * The largest body the web chat reads (ADR 0021): a message of {@link #MAX_TEXT} characters, even
   * all of them escaped, with its token and ids, fits; a body built to fill the disk does not.
   */
  public static final long MAX_BODY = 8 * 1024;

  /** The cookie that keeps the visitor token in the chat page's browser. */
  public static final String COOKIE = "bookline_visitor";

  /** The JSON field that carries the visitor token, in answers and in requests. */
  public static final String VISITOR = "visitor";

  /** How long a browser keeps the visitor cookie (400 days, the most browsers allow). */
  public static final Duration COOKIE_AGE = Duration.ofDays(400);

  private static final int MAX_ID = 200;
  private static final String EXAMPLE = "{\"text\": \"hi\", \"visitor\": \"<token>\"}";

  private final Clock clock;
  private final VisitorTokens tokens;
  private final Vouching vouching;
  private final boolean trustUserIds;
  private final Renderer renderer = new WebRenderer();

  /** A chat whose tokens hold only in this process and for which nobody vouches (tests). */
  public WebChannel(Clock clock) {
    this(clock, VisitorTokens.ephemeral(), Vouching.NOBODY);
  }

  public WebChannel(Clock clock, VisitorTokens tokens, Vouching vouching) {
    this(clock, tokens, vouching, false);
  }

  /**
   * @param trustUserIds take a {@code userId} nobody vouches for ({@code WEB_TRUST_USER_ID}): for
   *     load tests whose scripts name their users; any visitor can then act as any other
   */
  public WebChannel(Clock clock, VisitorTokens tokens, Vouching vouching, boolean trustUserIds) {
    this.clock = clock;
    this.tokens = tokens;
    this.vouching = vouching;
    this.trustUserIds = trustUserIds;
  }

  @Override
  public Platform platform() {
    return Platform.WEB;
  }

  @Override
  public String path() {
    return "/webhooks/web/{businessSlug}";
  }

  @Override
  public Delivery delivery() {
    return Delivery.INLINE;
  }

  @Override
  public long maxBodyBytes() {
    return MAX_BODY;
  }

  @Override
  public Renderer renderer() {
    return renderer;
  }

  /**
   * Anyone may chat: the business must exist. A request with an {@code Authorization} header must
   * carry a key that speaks for that business (401 otherwise); it may then name its user.
   */
  @Override
  public Verified verify(WebhookRequest request, Directory directory) {
    String slug = request.pathParam("businessSlug");
    ChannelAccount account =
        ChannelAccount.implicit(Platform.WEB, directory.requireBusiness(slug), slug);
    String authorization = request.header("Authorization");
    if (authorization == null) {
      return Verified.of(account);
    }
    if (!vouching.vouches(authorization, account.businessId())) {
      throw Rejected.unauthorized(
          "the key is not valid for business '" + slug + "'; send its business key or none");
    }
    return Verified.vouched(account);
  }

  @Override
  public List<WebhookEvent> parse(WebhookRequest request, Verified verified) {
    JsonNode root = request.jsonObject("expected a JSON object like " + EXAMPLE);
    long business = verified.only().businessId();
    String sender = sender(root, request, verified);
    String text = text(root);
    Optional<String> clientId = messageId(root);
    Arrival arrival = new Arrival(verified.only(), Delivery.INLINE, kept(root, text, clientId));
    return List.of(
        arrival.text(
            sender,
            business + "/" + sender + "/" + clientId.orElseGet(() -> UUID.randomUUID().toString()),
            text,
            clock.instant(),
            greeted(root) ? Map.of(InboundMessage.GREETED, "true") : Map.of()));
  }

  /**
   * Whether the page showed the business's greeting before this message ({@code "greeted": true},
   * sent by the chat page until its greeting has been answered); false when absent.
   */
  private static boolean greeted(JsonNode root) {
    JsonNode node = root.get(InboundMessage.GREETED);
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      throw Rejected.badRequest(
          "greeted must be true or false, not "
              + node.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return node.booleanValue();
  }

  /**
   * What is stored of the body (ADR 0021): the fields the chat reads, never the visitor token (a
   * credential) and never fields it does not know, so a body padded with extra fields stores no
   * more than a plain one.
   */
  private static String kept(JsonNode root, String text, Optional<String> clientId) {
    ObjectNode kept = JsonNodeFactory.instance.objectNode();
    JsonNode userId = root.get("userId");
    if (userId != null && userId.isTextual()) {
      kept.put("userId", Storable.text(userId.asText()));
    }
    kept.put("text", Storable.text(text));
    clientId.ifPresent(id -> kept.put("messageId", Storable.text(id)));
    return kept.toString();
  }

  /** The token of a visitor the server knows by one, to keep in the body and the cookie. */
  @Override
  public List<Kept> kept(Verified verified, List<WebhookEvent> events) {
    if (verified.vouched()) {
      return List.of();
    }
    long business = verified.only().businessId();
    return events.stream()
        .filter(e -> e instanceof WebhookEvent.Message)
        .map(e -> ((WebhookEvent.Message) e).message().senderId())
        .filter(id -> id.startsWith(VisitorTokens.ID_PREFIX))
        .findFirst()
        .map(
            id ->
                List.of(
                    new Kept(
                        VISITOR,
                        COOKIE,
                        tokens.token(business, id),
                        "/webhooks/web/" + verified.only().externalId(),
                        COOKIE_AGE)))
        .orElse(List.of());
  }

  /**
   * Who wrote: the user the business vouches for, else the visitor the token proves, else a new
   * visitor.
   */
  private String sender(JsonNode root, WebhookRequest request, Verified verified) {
    JsonNode userId = root.get("userId");
    boolean trusted = trustUserIds && userId != null && !userId.isNull();
    if (verified.vouched() || trusted) {
      String named = requiredString(root, "userId");
      if (named.isBlank() || named.length() > MAX_ID) {
        throw Rejected.badRequest("userId must be 1-" + MAX_ID + " characters");
      }
      if (named.startsWith(VisitorTokens.ID_PREFIX)) {
        throw Rejected.badRequest(
            "userId must not start with '" + VisitorTokens.ID_PREFIX + "'; those are visitor ids");
      }
      return named;
    }
    if (userId != null && !userId.isNull()) {
      throw Rejected.unauthorized(
          "userId is taken only with the business's key (Authorization: Bearer bk_…); a browser is"
              + " known by the visitor token this chat returns");
    }
    long business = verified.only().businessId();
    return token(root, request)
        .flatMap(t -> tokens.visitor(business, t))
        .orElseGet(tokens::newVisitor);
  }

  /** The visitor token the request carries: the body's, else the cookie's. */
  private static Optional<String> token(JsonNode root, WebhookRequest request) {
    JsonNode node = root.get(VISITOR);
    if (node != null && !node.isNull()) {
      if (!node.isTextual()) {
        throw Rejected.badRequest(VISITOR + " must be a string: the token an earlier answer gave");
      }
      return Optional.of(node.asText());
    }
    return cookie(request.header("Cookie"), COOKIE);
  }

  /** One cookie's value from a {@code Cookie} header. */
  static Optional<String> cookie(String header, String name) {
    if (header == null) {
      return Optional.empty();
    }
    for (String pair : header.split(";")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).strip().equals(name)) {
        String value = pair.substring(eq + 1).strip();
        // RFC 6265 lets a cookie value be quoted (Java's own client quotes it).
        boolean quoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
        return Optional.of(quoted ? value.substring(1, value.length() - 1) : value);
      }
    }
    return Optional.empty();
  }

  private static String text(JsonNode root) {
    JsonNode node = root.get("text");
    if (node == null || node.isNull()) {
      throw Rejected.badRequest("text is missing; expected a string");
    }
    if (!node.isTextual()) {
      throw Rejected.badRequest(
          "text must be a string, not " + node.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    String text = node.asText();
    if (text.length() > MAX_TEXT) {
      throw Rejected.badRequest(
          "text is " + text.length() + " characters; at most " + MAX_TEXT + " are accepted");
    }
    return text;
  }

  /** The client's id for the message, so a retry is recognised; empty when it sent none. */
  private static Optional<String> messageId(JsonNode root) {
    JsonNode id = root.get("messageId");
    if (id == null || id.isNull()) {
      return Optional.empty();
    }
    if (id.isTextual() && !id.asText().isBlank() && id.asText().length() <= MAX_ID) {
      return Optional.of(id.asText());
    }
    throw Rejected.badRequest("messageId must be a string of 1-" + MAX_ID + " characters");
  }

  private static String requiredString(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      throw Rejected.badRequest(field + " is missing; expected a string");
    }
    if (!node.isTextual()) {
      throw Rejected.badRequest(field + " must be a string");
    }
    return node.asText();
  }
}
