package io.bookline.understanding;

import io.bookline.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The evaluation utterances, copied from {@code shared/eval} into {@code src/test/resources/eval}
 * (attribution in its README), so a clone of the repository alone runs them.
 */
final class EvalFiles {
  private EvalFiles() {}

  static List<String> lines(String name) {
    return new String(Fixtures.resource("/eval/" + name), StandardCharsets.UTF_8).lines().toList();
  }
}
