package io.bookline.signal;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signals between instances over Redis pub/sub, on one channel. Each instance tags what it sends
 * with its own id and skips its own signals (it already delivered them). When Redis cannot be
 * reached, signals stay local and a warning is logged; caches then fall back to expiring.
 */
public final class RedisRelay implements Signals.Relay {
  private static final Logger LOG = LoggerFactory.getLogger(RedisRelay.class);
  static final String CHANNEL = "bookline:signals";
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final RedisClient client;
  private final String self = UUID.randomUUID().toString();
  private volatile StatefulRedisPubSubConnection<String, String> subscriber;
  private volatile StatefulRedisConnection<String, String> publisher;
  private volatile Consumer<Signals.Signal> deliver = s -> {};
  private volatile long lastAttempt;

  /** While Redis is unreachable, a new connection is tried at most this often. */
  private static final long RETRY_NANOS = Duration.ofSeconds(10).toNanos();

  public RedisRelay(String url) {
    RedisURI uri = RedisURI.create(url);
    uri.setTimeout(TIMEOUT);
    this.client = RedisClient.create(uri);
  }

  @Override
  public void start(Consumer<Signals.Signal> deliver) {
    this.deliver = deliver;
    connect();
  }

  private synchronized boolean connect() {
    if (subscriber != null) {
      return true;
    }
    long now = System.nanoTime();
    if (lastAttempt != 0 && now - lastAttempt < RETRY_NANOS) {
      return false;
    }
    lastAttempt = now;
    try {
      var sub = client.connectPubSub();
      sub.addListener(
          new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
              receive(message);
            }
          });
      sub.sync().subscribe(CHANNEL);
      publisher = client.connect();
      subscriber = sub;
      return true;
    } catch (RuntimeException e) {
      LOG.warn(
          "Redis signals unavailable, caches of other instances expire instead: {}", e.toString());
      return false;
    }
  }

  /** Wire form: sender id, topic, message, separated by newlines. */
  private void receive(String wire) {
    String[] parts = wire.split("\n", 3);
    if (parts.length == 3 && !parts[0].equals(self)) {
      deliver.accept(new Signals.Signal(parts[1], parts[2]));
    }
  }

  @Override
  public void send(Signals.Signal signal) {
    if (!connect()) {
      return;
    }
    try {
      publisher.sync().publish(CHANNEL, self + "\n" + signal.topic() + "\n" + signal.message());
    } catch (RuntimeException e) {
      LOG.warn("could not send signal {} to other instances: {}", signal.topic(), e.toString());
    }
  }

  @Override
  public void close() {
    var sub = subscriber;
    if (sub != null) {
      sub.close();
    }
    var pub = publisher;
    if (pub != null) {
      pub.close();
    }
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }
}
