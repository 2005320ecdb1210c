package io.bookline.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL the product runs on by default writes durably (ops review): zonky starts
 * its servers with fsync off and asynchronous commits, fine for a test database and not for a
 * salon's bookings, where an acknowledged message must survive a power cut.
 */
class EmbeddedDatabaseTest {
  @Test
  void the_embedded_server_syncs_every_commit_to_disk(@TempDir Path data) throws Exception {
    try (EmbeddedDatabase db = EmbeddedDatabase.start(data.resolve("postgres"));
        var connection = DriverManager.getConnection(db.url().jdbcUrl(), "postgres", "");
        Statement st = connection.createStatement()) {
      for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
        try (ResultSet rs = st.executeQuery("show " + setting)) {
          rs.next();
          assertThat(rs.getString(1)).as(setting).isEqualTo("on");
        }
      }
    }
  }

  /**
   * Newcomer walk-through: a second {@code ./bookline} (or a typo'd {@code ./bookline tset}, which
   * starts the product) while the first runs failed with zonky's bare "could not lock
   * ./data/postgres/epg-lock".
   */
  @Test
  void a_second_start_on_a_data_directory_in_use_says_another_bookline_runs_there(
      @TempDir Path data) {
    try (EmbeddedDatabase first = EmbeddedDatabase.start(data.resolve("postgres"))) {
      assertThatThrownBy(() -> EmbeddedDatabase.start(data.resolve("postgres")))
          .hasMessageContaining("another Bookline is already running on the data directory " + data)
          .hasMessageContaining("stop that one first")
          .hasMessageContaining("BOOKLINE_DATA_DIR");
      assertThat(first.url().jdbcUrl()).startsWith("jdbc:postgresql:");
    }
  }
}
