package io.bookline.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A Postgres location. Accepts the two spellings people paste: {@code
 * postgres://user:pass@host:port/db} (Heroku, Render, docker) and {@code
 * jdbc:postgresql://host:port/db?user=…}.
 */
public record DatabaseUrl(String jdbcUrl, Optional<String> user, Optional<String> password) {

  /** Parses a URL, or explains in one sentence why it is not one. */
  public static DatabaseUrl parse(String raw) {
    String value = raw.trim();
    if (value.startsWith("jdbc:postgresql:")) {
      return new DatabaseUrl(value, Optional.empty(), Optional.empty());
    }
    if (value.startsWith("postgres://") || value.startsWith("postgresql://")) {
      URI uri;
      try {
        uri = new URI(value);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("is not a valid URL (" + e.getReason() + ")");
      }
      if (uri.getHost() == null || uri.getHost().isBlank()) {
        // java.net.URI reads "h:abc" as no host at all; say what is wrong (never the password).
        badPort(uri.getRawAuthority())
            .ifPresent(
                port -> {
                  throw new IllegalArgumentException(
                      "has a port that is not a number ('"
                          + port
                          + "'); expected postgres://user:pass@host:5432/db");
                });
        throw new IllegalArgumentException("has no host");
      }
      if (uri.getPort() > 65535) {
        throw new IllegalArgumentException(
            "has port " + uri.getPort() + "; expected a port number 1-65535");
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      if (path.length() <= 1) {
        throw new IllegalArgumentException("names no database (expected …/dbname)");
      }
      int port = uri.getPort() == -1 ? 5432 : uri.getPort();
      String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + path;
      if (uri.getRawQuery() != null) {
        jdbc += "?" + uri.getRawQuery();
      }
      Optional<String> user = Optional.empty();
      Optional<String> password = Optional.empty();
      String userInfo = uri.getRawUserInfo();
      if (userInfo != null && !userInfo.isEmpty()) {
        int colon = userInfo.indexOf(':');
        String u = colon < 0 ? userInfo : userInfo.substring(0, colon);
        user = Optional.of(decode(u));
        if (colon >= 0) {
          password = Optional.of(decode(userInfo.substring(colon + 1)));
        }
      }
      return new DatabaseUrl(jdbc, user, password);
    }
    throw new IllegalArgumentException(
        "expected postgres://user:pass@host:port/db or jdbc:postgresql://host:port/db");
  }

  /** The port part of {@code host:port} after any user info, when it is there and no number. */
  private static Optional<String> badPort(String authority) {
    if (authority == null) {
      return Optional.empty();
    }
    String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = hostPort.lastIndexOf(':');
    if (colon < 0 || hostPort.lastIndexOf(']') > colon) {
      return Optional.empty();
    }
    String port = hostPort.substring(colon + 1);
    return port.isEmpty() || port.chars().allMatch(Character::isDigit)
        ? Optional.empty()
        : Optional.of(port);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** The URL with any password hidden, for logs. */
  public String redacted() {
    return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***")
        + user.map(u -> " as " + u).orElse("");
  }

  @Override
  public String toString() {
    return redacted();
  }
}
