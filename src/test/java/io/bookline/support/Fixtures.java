package io.bookline.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The platforms' published webhook payloads, copied from {@code shared/fixtures} into {@code
 * src/test/resources/fixtures} (sources and licences in its README), so a clone alone runs them.
 */
public final class Fixtures {
  private Fixtures() {}

  /** The exact bytes of a fixture, as a platform would send them. */
  public static byte[] bytes(String name) {
    return resource("/fixtures/" + name);
  }

  /** The exact bytes of a test resource on the classpath; fails clearly when it is missing. */
  public static byte[] resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from src/test/resources");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
