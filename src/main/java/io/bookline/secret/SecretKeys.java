package io.bookline.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the secret box's keys come from (ADR 0029): {@code BOOKLINE_SECRET_KEY} seals, and {@code
 * BOOKLINE_SECRET_KEY_PREVIOUS} (during a rotation) and a key file left from before the key was set
 * still open. Without {@code BOOKLINE_SECRET_KEY} a key is made once and kept in {@code
 * BOOKLINE_DATA_DIR} (owner-only file), so secrets are never stored readable in the database and
 * survive restarts; a database dump alone then opens nothing.
 */
public final class SecretKeys {
  private static final Logger LOG = LoggerFactory.getLogger(SecretKeys.class);

  /** The kept key's file inside {@code BOOKLINE_DATA_DIR}. */
  public static final String FILE = "secret-box-key";

  private SecretKeys() {}

  /**
   * @param secretKey {@code BOOKLINE_SECRET_KEY}
   * @param previous {@code BOOKLINE_SECRET_KEY_PREVIOUS}
   * @param dataDir {@code BOOKLINE_DATA_DIR}
   * @param serverDatabase true when {@code DATABASE_URL} is set (then a kept file is worth a
   *     warning: the key should live where the instances' other secrets do)
   */
  public static SecretBox box(
      Optional<String> secretKey, List<String> previous, Path dataDir, boolean serverDatabase) {
    Path file = dataDir.resolve(FILE);
    List<byte[]> opening = new ArrayList<>();
    previous.forEach(p -> opening.add(p.getBytes(StandardCharsets.UTF_8)));
    if (secretKey.isPresent()) {
      readKept(file).ifPresent(opening::add);
      return SecretBox.of(secretKey.get().getBytes(StandardCharsets.UTF_8), opening);
    }
    if (serverDatabase) {
      LOG.warn(
          "BOOKLINE_SECRET_KEY is not set: channel secrets are sealed with a key kept in {}; set"
              + " BOOKLINE_SECRET_KEY (the same on every instance) and the old key still opens them",
          file);
    }
    return SecretBox.of(kept(file), opening);
  }

  /**
   * The id of the key kept in {@code dataDir} (as in a sealed value), if there is a readable one.
   * Nothing is made or logged.
   */
  public static Optional<String> keptKeyId(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    try {
      return Files.exists(file)
          ? Optional.of(SecretBox.of(parse(file), List.of()).currentKeyId())
          : Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<byte[]> readKept(Path file) {
    try {
      if (!Files.exists(file)) {
        return Optional.empty();
      }
      return Optional.of(parse(file));
    } catch (IOException | IllegalArgumentException e) {
      LOG.warn("the kept secret-box key in {} cannot be read: {}", file, e.getClass().getName());
      return Optional.empty();
    }
  }

  private static byte[] parse(Path file) throws IOException {
    byte[] key = HexFormat.of().parseHex(Files.readString(file, StandardCharsets.UTF_8).strip());
    if (key.length < 32) {
      throw new IllegalArgumentException("too short");
    }
    return key;
  }

  /**
   * The key in {@code file}, made when there is none yet. Several processes starting at once agree:
   * each writes its own candidate and moves it in place only if none is there, then all read it.
   */
  static byte[] kept(Path file) {
    try {
      if (Files.exists(file)) {
        return parse(file);
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      Path candidate = Files.createTempFile(file.toAbsolutePath().getParent(), FILE, ".new");
      try {
        try {
          Files.setPosixFilePermissions(candidate, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // Not a POSIX file system (Windows): the directory's own permissions apply.
        }
        Files.writeString(candidate, HexFormat.of().formatHex(key) + System.lineSeparator());
        try {
          Files.createLink(file, candidate);
        } catch (FileAlreadyExistsException e) {
          // another process was first: its key is the one
        } catch (UnsupportedOperationException e) {
          Files.move(candidate, file);
        }
      } finally {
        Files.deleteIfExists(candidate);
      }
      return parse(file);
    } catch (IOException | IllegalArgumentException e) {
      throw new UncheckedIOException(
          "cannot keep the secret-box key in "
              + file
              + "; set BOOKLINE_SECRET_KEY or make the directory writable",
          e instanceof IOException io ? io : new IOException(e));
    }
  }
}
