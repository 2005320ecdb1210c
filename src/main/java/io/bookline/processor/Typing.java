package io.bookline.processor;

import io.bookline.channel.InboundMessage;
import java.util.function.Supplier;

/** Shows a platform customer that a reply is being written while a slow reading runs. */
public interface Typing {
  /** Runs the reading of the message; when it takes long, the customer sees the bot typing. */
  <T> T during(InboundMessage message, Supplier<T> reading);

  /** Shows nothing (no model is configured, so readings take microseconds). */
  Typing NONE =
      new Typing() {
        @Override
        public <T> T during(InboundMessage message, Supplier<T> reading) {
          return reading.get();
        }
      };
}
