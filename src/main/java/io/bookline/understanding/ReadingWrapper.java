package io.bookline.understanding;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An understanding around whichever one runs that looks at the message once more and may add to its
 * reading ({@link ThatOne}, {@link AllOfThem}, {@link BackToTheBot}): the inner reading, trace and
 * name stay its own, and a reading left as it was keeps the inner {@link Understood}.
 */
abstract class ReadingWrapper implements Understanding {
  private final Understanding inner;

  ReadingWrapper(Understanding inner) {
    this.inner = inner;
  }

  /**
   * The reading of {@code text}, with what this wrapper reads added, or {@code r} as it is.
   *
   * @param context what the dialogue asked last and more; null when a test reads a bare message
   */
  abstract Reading read(String text, UnderstandingContext context, Reading r);

  /**
   * The message as the wrappers read it: lower case, without accents, typographic apostrophes as
   * plain ones, spaces collapsed.
   */
  static String plain(String text) {
    return SPACES
        .matcher(Folding.fold(text.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'')))
        .replaceAll(" ");
  }

  /**
   * Runs of white space, compiled once: {@code String.replaceAll} compiles its pattern on every
   * call, and every wrapper reads every message.
   */
  static final Pattern SPACES = Pattern.compile("\\s+");

  /** What the understanding inside reads of {@code text}, without this wrapper. */
  final Reading innerReading(String text, UnderstandingContext context) {
    return inner.interpret(text, context);
  }

  @Override
  public final Reading interpret(String text, UnderstandingContext context) {
    return read(text, context, inner.interpret(text, context));
  }

  @Override
  public final Understood understand(String text, UnderstandingContext context) {
    Understood u = inner.understand(text, context);
    Reading r = read(text, context, u.reading());
    return r == u.reading() ? u : new Understood(r, u.trace());
  }

  @Override
  public final String name() {
    return inner.name();
  }
}
