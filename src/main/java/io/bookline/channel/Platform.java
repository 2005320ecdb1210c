package io.bookline.channel;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A messaging platform, by its lower-case id ({@code "whatsapp"}), as used in URLs, keys and the
 * database. An open set: a new platform is a new {@link Channel} that names its own {@code
 * Platform.of("viber")}; the constants below are the ones Bookline ships.
 */
public record Platform(String id) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

  public static final Platform WEB = new Platform("web");
  public static final Platform WHATSAPP = new Platform("whatsapp");
  public static final Platform TELEGRAM = new Platform("telegram");
  public static final Platform MESSENGER = new Platform("messenger");

  public Platform {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "a platform id is 1-32 lower-case letters, digits, '-' or '_', not '" + id + "'");
    }
  }

  /** The platform with this id, in any case. */
  public static Platform of(String id) {
    return new Platform(id == null ? null : id.toLowerCase(Locale.ROOT));
  }

  /** The same as {@link #of}: the spelling rows and callers used while platforms were an enum. */
  public static Platform valueOf(String name) {
    return of(name);
  }

  @Override
  public String toString() {
    return id;
  }
}
