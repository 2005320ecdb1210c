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
        throw new IllegalArgumentException("has no host");
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
