package io.bookline.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The operator key made up for one run of the embedded single-salon default, when {@code
 * BOOKLINE_ADMIN_KEY} is not set: written to a file only its owner can read, beside the demo
 * business's key, so the log names the file and never the key (bearer tokens are never logged).
 */
public final class OperatorKeyFile {
  /** The file's name inside {@code BOOKLINE_DATA_DIR}. */
  public static final String FILE = "operator-key.txt";

  private OperatorKeyFile() {}

  /** Writes {@code key} to {@code dataDir/FILE} (mode 600), replacing the last run's. */
  public static Path write(Path dataDir, String key) {
    Path file = dataDir.resolve(FILE);
    try {
      Files.createDirectories(dataDir);
      Files.deleteIfExists(file);
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system (Windows): the directory's own permissions apply.
        Files.createFile(file);
      }
      Files.writeString(file, key + System.lineSeparator(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the operator key to " + file, e);
    }
  }
}
