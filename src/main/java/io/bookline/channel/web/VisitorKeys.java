package io.bookline.channel.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the visitor tokens' secret comes from (ADR 0020): {@code BOOKLINE_SECRET_KEY} when set (the
 * only way for several instances, which the configuration enforces); else, for the embedded trial
 * on one machine, a key made once and kept in the data directory beside the database it belongs to;
 * else (a server database, one instance, no key) a key for this process alone, with a warning:
 * visitors then start afresh after a restart, but nobody is ever taken for someone else.
 */
public final class VisitorKeys {
  private static final Logger LOG = LoggerFactory.getLogger(VisitorKeys.class);

  /** The kept key's file inside {@code BOOKLINE_DATA_DIR}. */
  public static final String FILE = "visitor-token-key";

  private VisitorKeys() {}

  /**
   * @param secretKey {@code BOOKLINE_SECRET_KEY}
   * @param embeddedDataDir the embedded database's directory, when that is the database
   */
  public static VisitorTokens tokens(Optional<String> secretKey, Optional<Path> embeddedDataDir) {
    SecureRandom random = new SecureRandom();
    if (secretKey.isPresent()) {
      return new VisitorTokens(secretKey.get().getBytes(StandardCharsets.UTF_8), random);
    }
    if (embeddedDataDir.isPresent()) {
      return new VisitorTokens(kept(embeddedDataDir.get().resolve(FILE), random), random);
    }
    LOG.warn(
        "BOOKLINE_SECRET_KEY is not set: web-chat visitors are known only until this instance"
            + " restarts; set it (the same on every instance) to keep them");
    return VisitorTokens.ephemeral();
  }

  /** The key in {@code file}, made (readable by its owner alone) when there is none yet. */
  static byte[] kept(Path file, SecureRandom random) {
    try {
      if (Files.exists(file)) {
        byte[] key =
            HexFormat.of().parseHex(Files.readString(file, StandardCharsets.UTF_8).strip());
        if (key.length >= 32) {
          return key;
        }
      }
      byte[] key = new byte[32];
      random.nextBytes(key);
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      Files.createFile(file);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system (Windows): the directory's own permissions apply.
      }
      Files.writeString(file, HexFormat.of().formatHex(key) + System.lineSeparator());
      return key;
    } catch (IOException | IllegalArgumentException e) {
      throw new UncheckedIOException(
          "cannot keep the visitor-token key in "
              + file
              + "; set BOOKLINE_SECRET_KEY or make the directory writable",
          e instanceof IOException io ? io : new IOException(e));
    }
  }
}
