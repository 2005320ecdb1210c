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

  /**
   * Shows the customer that a reply is being written, where the platform can (the platform hides it
   * again on the reply, or after its own timeout); default nothing.
   *
   * @param messageId the platform's id of the customer's message being answered
   */
  default void typing(ChannelAccount account, Map<String, String> address, String messageId) {}
}
