package io.bookline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The platforms' published webhook payloads in {@code shared/fixtures}. */
public final class Fixtures {
  private Fixtures() {}

  public static Path dir() {
    String configured = System.getProperty("bookline.shared.dir");
    for (Path base :
        new Path[] {
          configured == null ? null : Path.of(configured), Path.of("../shared"), Path.of("shared")
        }) {
      if (base != null && Files.isDirectory(base.resolve("fixtures"))) {
        return base.resolve("fixtures");
      }
    }
    throw new IllegalStateException("cannot find shared/fixtures (set -Dbookline.shared.dir)");
  }

  /** The exact bytes of a fixture, as a platform would send them. */
  public static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(dir().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
