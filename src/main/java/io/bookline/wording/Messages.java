package io.bookline.wording;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The wording catalogue for one language: customer-facing text by message id, from the resource
 * bundle {@value #BUNDLE}. A message is a {@link MessageFormat} pattern: {@code {0}} placeholders,
 * {@code ''} for an apostrophe, and {@code {0,choice,1#appointment|1<appointments}} for plurals.
 *
 * <p>A locale without a bundle of its own gets the base bundle, which is English: never the JVM's
 * default locale, so a server's settings cannot change what customers read.
 */
public final class Messages {
  /** The bundle's base name; {@code messages_de.properties} beside it would be German. */
  public static final String BUNDLE = "io.bookline.wording.messages";

  /**
   * Parsed patterns by bundle locale and message id. Parsing a pattern costs far more than filling
   * one in (and throws inside the JDK for every number or choice style), so each is parsed once; a
   * {@link MessageFormat} is not thread-safe, so each use fills a clone.
   */
  private static final Map<Locale, Map<String, MessageFormat>> PARSED = new ConcurrentHashMap<>();

  private final ResourceBundle bundle;
  private final Locale locale;
  private final Map<String, MessageFormat> parsed;
  private final Formats formats;

  private Messages(ResourceBundle bundle) {
    this.bundle = bundle;
    // The base bundle has the root locale; its words are English.
    this.locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    this.formats = new Formats(this);
    this.parsed = PARSED.computeIfAbsent(bundle.getLocale(), l -> new ConcurrentHashMap<>());
  }

  /** The catalogue for the language closest to {@code wanted} that has a bundle. */
  public static Messages forLocale(Locale wanted) {
    return new Messages(
        ResourceBundle.getBundle(
            BUNDLE,
            wanted,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  /** The language the words are in. */
  public Locale locale() {
    return locale;
  }

  /** Dates, times and prices the way this language writes them. */
  public Formats formats() {
    return formats;
  }

  /**
   * The text of a message, its placeholders filled in.
   *
   * @throws java.util.MissingResourceException when no bundle has the id (a bug the bundle test
   *     catches)
   */
  public String text(String id, Object... args) {
    MessageFormat pattern =
        parsed.computeIfAbsent(id, k -> new MessageFormat(bundle.getString(k), locale));
    return ((MessageFormat) pattern.clone()).format(args);
  }

  /** A pattern that is not a message (a date or number pattern), exactly as the bundle has it. */
  String raw(String id) {
    return bundle.getString(id);
  }
}
