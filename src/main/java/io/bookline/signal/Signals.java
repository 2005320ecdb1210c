package io.bookline.signal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publish and subscribe by topic. {@link #publish} runs this instance's listeners before it
 * returns, then tells the other instances (if any) through the {@link Relay}.
 */
public final class Signals implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Signals.class);

  /** Carries signals to the other instances; {@link #NONE} for a single instance. */
  public interface Relay extends AutoCloseable {
    Relay NONE =
        new Relay() {
          @Override
          public void start(Consumer<Signal> deliver) {}

          @Override
          public void send(Signal signal) {}

          @Override
          public void close() {}
        };

    /** Starts receiving other instances' signals. */
    void start(Consumer<Signal> deliver);

    void send(Signal signal);

    @Override
    void close();
  }

  /** One signal: a topic and a short message (an id, a key). */
  public record Signal(String topic, String message) {}

  private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
  private final Relay relay;

  public Signals(Relay relay) {
    this.relay = relay;
    relay.start(this::deliver);
  }

  /** Signals for one instance only. */
  public static Signals local() {
    return new Signals(Relay.NONE);
  }

  public void subscribe(String topic, Consumer<String> listener) {
    listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
  }

  public void publish(String topic, String message) {
    Signal signal = new Signal(topic, message);
    deliver(signal);
    relay.send(signal);
  }

  private void deliver(Signal signal) {
    for (Consumer<String> l : listeners.getOrDefault(signal.topic(), List.of())) {
      try {
        l.accept(signal.message());
      } catch (RuntimeException e) {
        LOG.warn("listener of signal {} failed", signal.topic(), e);
      }
    }
  }

  @Override
  public void close() {
    relay.close();
  }
}
