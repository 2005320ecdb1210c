package io.bookline.console;

import io.bookline.booking.DemoSeeder;
import io.bookline.owner.BusinessKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo business's first key, so a new user can sign in to the console at once. No key goes into
 * a log (ADR 0017): it is written to a file only its owner can read, in the embedded database's
 * data directory, and the log names the file.
 */
public final class DemoKey {
  private static final Logger LOG = LoggerFactory.getLogger(DemoKey.class);

  /** The file's name inside {@code BOOKLINE_DATA_DIR}. */
  public static final String FILE = "demo-business-key.txt";

  private DemoKey() {}

  /** Issues a key for the demo business just seeded and writes it to {@code dataDir/FILE}. */
  public static Path write(DSLContext db, BusinessKeys keys, Path dataDir) {
    long business =
        db.select(DSL.field("id", Long.class))
            .from(DSL.table("businesses"))
            .where(DSL.field("slug").eq(DemoSeeder.SLUG))
            .fetchOne()
            .value1();
    String key = keys.issue(db, business, "demo console").apiKey();
    Path file = dataDir.resolve(FILE);
    try {
      Files.createDirectories(dataDir);
      Files.deleteIfExists(file);
      Files.createFile(file);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system (Windows): the directory's own permissions apply.
      }
      Files.writeString(file, key + System.lineSeparator(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the demo business key to " + file, e);
    }
    LOG.info(
        "the demo business's key for the console (/console) is in {}",
        file.toAbsolutePath().normalize());
    return file;
  }
}
