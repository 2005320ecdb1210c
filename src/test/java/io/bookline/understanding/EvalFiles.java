package io.bookline.understanding;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code shared/eval} beside the checkout (where CI puts it) or via a system property. */
final class EvalFiles {
  private EvalFiles() {}

  static Path path(String name) {
    String configured = System.getProperty("bookline.shared.dir");
    for (Path base :
        new Path[] {
          configured == null ? null : Path.of(configured), Path.of("../shared"), Path.of("shared")
        }) {
      if (base != null && Files.isRegularFile(base.resolve("eval").resolve(name))) {
        return base.resolve("eval").resolve(name);
      }
    }
    throw new IllegalStateException(
        "cannot find shared/eval/" + name + " (set -Dbookline.shared.dir)");
  }
}
