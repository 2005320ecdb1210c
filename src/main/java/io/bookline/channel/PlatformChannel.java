package io.bookline.channel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What every platform that replies through the outbox shares: its platform, webhook path, send API
 * and renderer, and a send that renders the reply and posts it. A subclass says how a request is
 * checked and read and where a payload is posted ({@link #post}).
 */
public abstract class PlatformChannel implements Channel, Sender {
  private final Platform platform;
  private final String path;
  private final Renderer renderer;
  protected final PlatformApi api;
  private final List<RecipientGone> gone = new CopyOnWriteArrayList<>();

  protected PlatformChannel(Platform platform, String path, PlatformApi api, Renderer renderer) {
    this.platform = platform;
    this.path = path;
    this.api = api;
    this.renderer = renderer;
  }

  @Override
  public final Platform platform() {
    return platform;
  }

  @Override
  public final String path() {
    return path;
  }

  @Override
  public final Delivery delivery() {
    return Delivery.OUTBOX;
  }

  @Override
  public final Renderer renderer() {
    return renderer;
  }

  @Override
  public final Optional<Sender> sender() {
    return Optional.of(this);
  }

  @Override
  public final void send(
      ChannelAccount account, Map<String, String> address, OutboundMessage message) {
    try {
      post(account, renderer.render(address, message));
    } catch (SendFailure f) {
      if (f.recipientGone()) {
        String user = address.getOrDefault("to", address.get("chatId"));
        gone.forEach(g -> g.gone(account, user, f.getMessage()));
      }
      throw f;
    }
  }

  /** Who is told when a send finds the customer cannot be written to any more. */
  public final void onRecipientGone(RecipientGone listener) {
    gone.add(listener);
  }

  /**
   * Posts a rendered payload with the account's credentials.
   *
   * @throws SendFailure when the platform refuses or cannot be reached
   */
  protected abstract void post(ChannelAccount account, ObjectNode payload);
}
