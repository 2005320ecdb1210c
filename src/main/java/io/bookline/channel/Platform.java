package io.bookline.channel;

import java.util.Locale;

/** The messaging platforms Bookline talks to. */
public enum Platform {
  WEB,
  WHATSAPP,
  TELEGRAM,
  MESSENGER;

  /** The lower-case name used in URLs, keys and the database. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
