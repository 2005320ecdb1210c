package io.bookline.channel.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.channel.ChannelAccount;
import io.bookline.channel.Directory;
import io.bookline.channel.Platform;
import io.bookline.channel.PlatformApi;
import io.bookline.channel.PlatformChannel;
import io.bookline.channel.PlatformHttp;
import io.bookline.channel.Rejected;
import io.bookline.channel.Renderer;
import io.bookline.channel.SendFailure;
import io.bookline.channel.Signatures;
import io.bookline.channel.Verified;
import io.bookline.channel.WebhookEvent;
import io.bookline.channel.WebhookRequest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What WhatsApp and Messenger share as Meta platforms: the accounts a payload names (phone number
 * ids, page ids), {@code X-Hub-Signature-256} checked with each one's app secret over the raw
 * bytes, the {@code hub.challenge} handshake, and the Graph API's error answers. A subclass says
 * which accounts a payload names and what events it carries.
 */
public abstract class MetaChannel extends PlatformChannel {
  private static final Logger LOG = LoggerFactory.getLogger(MetaChannel.class);
  public static final String SIGNATURE_HEADER = "X-Hub-Signature-256";
  private static final String NOT_AN_OBJECT = "expected a JSON object";

  /** The secrets of a Meta account. */
  private static final List<String> SECRETS =
      List.of(ChannelAccount.ACCESS_TOKEN, ChannelAccount.APP_SECRET, ChannelAccount.VERIFY_TOKEN);

  /** What an unknown account's signature is checked against: random, never stored or shown. */
  private final String decoy = HexFormat.of().formatHex(new SecureRandom().generateSeed(32));

  protected MetaChannel(Platform platform, String path, PlatformApi api, Renderer renderer) {
    super(platform, path, api, renderer);
  }

  /** The external ids of the accounts a payload is addressed to. */
  protected abstract Set<String> accountIds(JsonNode root);

  /**
   * The events of a verified payload.
   *
   * @param raw the body as received, kept with each message
   */
  protected abstract List<WebhookEvent> events(JsonNode root, Verified verified, String raw);

  @Override
  public final List<String> secretNames() {
    return SECRETS;
  }

  @Override
  public final Optional<Handshake> handshake() {
    return Optional.of(this::answer);
  }

  @Override
  public final List<WebhookEvent> parse(WebhookRequest request, Verified verified) {
    if (verified.accounts().isEmpty()) {
      // A field we do not handle (account updates…): nothing to verify against, nothing to do.
      return List.of(new WebhookEvent.Ignored("no-account-field"));
    }
    return events(request.jsonObject(NOT_AN_OBJECT), verified, request.text());
  }

  /**
   * Checks the signature for every account the payload names, and only a request that passes gets
   * its accounts. The check runs whether or not an account is ours: an unknown id is checked
   * against a secret no one holds, so it fails exactly as a known id with a wrong signature does,
   * with the same 401 and the same work, and no answer tells an outsider which ids are configured
   * (ADR 0019). Nothing is stored for a refused request.
   */
  @Override
  public final Verified verify(WebhookRequest request, Directory directory) {
    Platform platform = platform();
    String header = request.header(SIGNATURE_HEADER);
    Map<String, ChannelAccount> byId = new LinkedHashMap<>();
    boolean valid = true;
    for (String id : accountIds(request.jsonObject(NOT_AN_OBJECT))) {
      Optional<ChannelAccount> account = directory.account(platform, id);
      String secret = account.flatMap(a -> a.secret(ChannelAccount.APP_SECRET)).orElse(decoy);
      valid &= Signatures.validHubSignature(request.body(), header, secret);
      valid &= account.isPresent();
      account.ifPresent(a -> byId.put(id, a));
    }
    if (!valid) {
      LOG.warn("{} webhook refused: signature or account not ours; nothing stored", platform.id());
      throw Rejected.unauthorized(SIGNATURE_HEADER + " is missing or does not match the body");
    }
    return new Verified(byId);
  }

  /** Meta's subscription handshake: echo hub.challenge when hub.verify_token is one of ours. */
  private String answer(WebhookRequest request, Directory directory) {
    String token = request.query("hub.verify_token");
    String challenge = request.query("hub.challenge");
    if (!"subscribe".equals(request.query("hub.mode")) || challenge == null) {
      throw Rejected.badRequest("expected hub.mode=subscribe, hub.verify_token and hub.challenge");
    }
    boolean known =
        directory.accounts(platform()).stream()
            .anyMatch(
                a ->
                    Signatures.sameSecret(
                        token, a.secret(ChannelAccount.VERIFY_TOKEN).orElse(null)));
    if (!known) {
      throw Rejected.forbidden(
          "hub.verify_token does not match any " + platform().id() + " account");
    }
    return challenge;
  }

  /**
   * Maps a Graph API answer to success or a failure: retryable for 429, 5xx and the platform's
   * throttling codes, permanent otherwise (e.g. WhatsApp's 131047, outside the 24-hour window).
   */
  protected static void check(PlatformHttp.Answer answer, Set<Integer> throttlingCodes) {
    check(answer, throttlingCodes, Set.of());
  }

  /**
   * As {@link #check(PlatformHttp.Answer, Set)}, and a failure with one of {@code goneCodes} says
   * the customer cannot be written to any more.
   */
  protected static void check(
      PlatformHttp.Answer answer, Set<Integer> throttlingCodes, Set<Integer> goneCodes) {
    if (answer.status() >= 200 && answer.status() < 300) {
      return;
    }
    JsonNode error = answer.body().path("error");
    int code = error.path("code").asInt(0);
    String message =
        "HTTP "
            + answer.status()
            + (code == 0 ? "" : " code " + code)
            + ": "
            + error.path("message").asText("");
    boolean retryable =
        answer.status() == 429 || answer.status() >= 500 || throttlingCodes.contains(code);
    throw new SendFailure(message, retryable, answer.retryAfter(), goneCodes.contains(code));
  }
}
