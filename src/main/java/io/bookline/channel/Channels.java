package io.bookline.channel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registered channels, in registration order: the webhook routes, the outbox sender, the flood
 * guard and the admin API all ask here instead of branching on the platform. Built once at
 * start-up; a duplicate platform or path, or a channel whose delivery and sender disagree, fails
 * the start.
 */
public final class Channels {
  private final Map<Platform, Channel> byPlatform = new LinkedHashMap<>();

  public Channels(List<Channel> channels) {
    Set<String> paths = new HashSet<>();
    for (Channel c : channels) {
      if (byPlatform.putIfAbsent(c.platform(), c) != null) {
        throw new IllegalArgumentException("two channels for platform " + c.platform());
      }
      if (!paths.add(c.path())) {
        throw new IllegalArgumentException("two channels on path " + c.path());
      }
      if ((c.delivery() == Delivery.OUTBOX) != c.sender().isPresent()) {
        throw new IllegalArgumentException(
            c.platform() + " delivers " + c.delivery() + " and must have a sender exactly then");
      }
    }
  }

  public static Channels of(Channel... channels) {
    return new Channels(List.of(channels));
  }

  public List<Channel> all() {
    return List.copyOf(byPlatform.values());
  }

  public Optional<Channel> find(Platform platform) {
    return Optional.ofNullable(byPlatform.get(platform));
  }

  /** The channel with this platform id, in any case. */
  public Optional<Channel> find(String platformId) {
    try {
      return find(Platform.of(platformId));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The senders of the channels that reply through the outbox. */
  public List<Sender> senders() {
    List<Sender> senders = new ArrayList<>();
    byPlatform.values().forEach(c -> c.sender().ifPresent(senders::add));
    return senders;
  }

  /** The channels that keep accounts, with their secret names (for the admin API). */
  public List<Channel> withAccounts() {
    return byPlatform.values().stream().filter(c -> !c.secretNames().isEmpty()).toList();
  }
}
