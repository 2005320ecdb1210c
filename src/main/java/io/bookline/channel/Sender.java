package io.bookline.channel;

import java.util.Map;

/** Sends replies through one platform's API. Implementations throw {@link SendFailure}. */
public interface Sender {
  Platform platform();

  /**
   * Sends one reply.
   *
   * @param address where it goes, as recorded from the inbound message
   */
  void send(ChannelAccount account, Map<String, String> address, OutboundMessage message);

  /** Acknowledges a button press where the platform wants that (Telegram); default nothing. */
  default void acknowledge(ChannelAccount account, Map<String, String> address) {}
}
