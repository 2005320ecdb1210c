package io.bookline.channel;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One messaging channel, the web chat included: the one seam between a platform and Bookline. Its
 * inbound half (Rasa's {@code InputChannel}) says how a webhook request is checked and read; its
 * outbound half ({@code OutputChannel}) says how replies travel and what they look like there.
 *
 * <p>The webhook routes serve every registered channel the same way: {@link #verify}, {@link
 * #parse}, record each message in the inbox, acknowledge, then answer inline or through the outbox
 * as {@link #delivery()} says. A new platform is one implementation plus one line in {@link
 * Channels}; nothing else branches on the platform.
 */
public interface Channel {
  /** The platform, unique among the registered channels. */
  Platform platform();

  /**
   * Where the webhook is served, in the route syntax ({@code /webhooks/telegram/{businessSlug}}).
   */
  String path();

  // ------------------------------------------------------------------ inbound

  /**
   * Checks a request before anything is stored: finds the accounts it is addressed to and checks
   * its signature or secret token over the raw bytes (the web chat checks nothing yet).
   *
   * @throws Rejected 401 for a failed check, 404 for an unknown account or business, 400 for a body
   *     the check cannot read
   */
  Verified verify(WebhookRequest request, Directory directory);

  /**
   * Reads a verified request into canonical messages and the events we acknowledge and skip
   * (statuses, reactions, echoes). Never I/O.
   *
   * @throws Rejected 400 for a payload this channel cannot read
   */
  List<WebhookEvent> parse(WebhookRequest request, Verified verified);

  /** Meta sends webhook bodies of up to 3 MB; a platform's body may be this large by default. */
  long PLATFORM_MAX_BODY = 3L * 1024 * 1024;

  /**
   * The largest request body this channel reads; a bigger one is refused with 413 before it is
   * parsed. Platforms keep {@link #PLATFORM_MAX_BODY}; the web chat, open to anyone, takes far
   * less.
   */
  default long maxBodyBytes() {
    return PLATFORM_MAX_BODY;
  }

  /** The subscription handshake served on GET at {@link #path()}, where the platform has one. */
  default Optional<Handshake> handshake() {
    return Optional.empty();
  }

  /**
   * The only external id this channel's account of a business may have, when the channel decides it
   * rather than the platform (Telegram: the business slug, which names its webhook path); empty
   * when the platform assigns ids (a phone number id, a page id).
   */
  default Optional<String> accountIdOf(String businessSlug) {
    return Optional.empty();
  }

  /** The longest account id {@link #isAccountId} takes by default. */
  int MAX_ACCOUNT_ID = 64;

  /**
   * Whether {@code externalId} can be one of this platform's account ids: by default up to 64
   * letters, digits, dots, dashes and underscores (a phone number id, a page id, a slug), so a
   * pasted id with a space or a line break is refused instead of kept as an account that never
   * matches.
   */
  default boolean isAccountId(String externalId) {
    return externalId.length() <= MAX_ACCOUNT_ID && externalId.matches("[A-Za-z0-9._-]+");
  }

  /** The secrets one account of this channel holds; none means it needs no stored account. */
  default List<String> secretNames() {
    return List.of();
  }

  /**
   * What is wrong with one of this channel's secrets as an owner sends it (a Telegram bot token not
   * shaped as BotFather gives it), or empty when it may be right: a secret that can never work is
   * refused when it is connected, not found out when the first reply fails. The sentence never
   * repeats the secret.
   */
  default Optional<String> secretProblem(String name, String value) {
    return Optional.empty();
  }

  // ------------------------------------------------------------------ outbound

  /** Whether replies go back inline in the HTTP response or through the outbox. */
  Delivery delivery();

  /**
   * Whether the per-sender flood guard applies. A channel that answers inline paces itself (its
   * client waits for each answer); a platform can burst, so by default the guard applies there.
   */
  default boolean floodGuarded() {
    return delivery() == Delivery.OUTBOX;
  }

  /**
   * What an inline answer hands the client to keep beside its replies: the web chat's visitor token
   * (ADR 0020), as a field of the JSON answer and an {@code HttpOnly} cookie. None by default.
   */
  default List<Kept> kept(Verified verified, List<WebhookEvent> events) {
    return List.of();
  }

  /**
   * A value the client keeps and sends back.
   *
   * @param field its name in the JSON answer (and in the request body that sends it back)
   * @param cookie the cookie's name
   * @param value what to keep
   * @param path the cookie's path: the requests that send it back
   * @param maxAge how long the browser keeps it
   */
  record Kept(String field, String cookie, String value, String path, Duration maxAge) {}

  /** How a reply with options looks on this platform. */
  Renderer renderer();

  /**
   * How a message the business starts may go out here, under the platform's rules (a window, a
   * template, a message tag). By default: a channel that answers inline keeps it in the transcript,
   * any other sends it as a reply.
   */
  default Initiated initiate(Initiative initiative) {
    return delivery() == Delivery.INLINE
        ? new Initiated.Transcript()
        : new Initiated.Send(initiative.address());
  }

  /** What sends this channel's outbox rows; present exactly when {@link #delivery()} is OUTBOX. */
  default Optional<Sender> sender() {
    return Optional.empty();
  }

  /** A platform's webhook subscription check (Meta's {@code hub.challenge}). */
  @FunctionalInterface
  interface Handshake {
    /**
     * @return the text to answer with 200
     * @throws Rejected 400 for a malformed check, 403 for a token that is not ours
     */
    String answer(WebhookRequest request, Directory directory);
  }
}
