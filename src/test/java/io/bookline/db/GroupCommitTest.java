package io.bookline.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/**
 * How a group commit answers when Postgres refuses a group: a deadlock victim or serialization
 * failure (SQLSTATE 40…) is written again, a refusal of the data is written row by row, anything
 * else fails every caller of the group; after close, a write fails at once instead of waiting for a
 * writer that is gone. The writes here are functions, so each failure is exact.
 */
class GroupCommitTest {
  static DataAccessException refused(String state) {
    return new DataAccessException("refused", new SQLException("refused", state));
  }

  /** A group writer whose first {@code failures} groups Postgres refuses with {@code state}. */
  static GroupCommit<Integer, String> refusing(String state, int failures, AtomicInteger tries) {
    return new GroupCommit<>(
        "test",
        1,
        rs -> {
          if (tries.incrementAndGet() <= failures) {
            throw refused(state);
          }
          return rs.stream().map(r -> "ok " + r).toList();
        },
        r -> "alone " + r,
        true);
  }

  @Test
  void a_group_broken_off_as_a_deadlock_victim_is_written_again() {
    AtomicInteger tries = new AtomicInteger();
    try (var group = refusing("40P01", 2, tries)) {
      assertThat(group.write(7)).isEqualTo("ok 7");
      assertThat(tries).hasValue(3);
    }
  }

  @Test
  void a_conflict_that_keeps_coming_back_fails_the_caller_after_a_few_tries() {
    AtomicInteger tries = new AtomicInteger();
    try (var group = refusing("40001", Integer.MAX_VALUE, tries)) {
      assertThatThrownBy(() -> group.write(1)).isInstanceOf(DataAccessException.class);
      assertThat(tries).hasValue(GroupCommit.TRANSIENT_TRIES);
    }
  }

  @Test
  void an_unreachable_database_is_not_tried_again_here() {
    AtomicInteger tries = new AtomicInteger();
    try (var group = refusing("08006", Integer.MAX_VALUE, tries)) {
      assertThatThrownBy(() -> group.write(1)).isInstanceOf(DataAccessException.class);
      assertThat(tries).hasValue(1);
    }
  }

  @Test
  void a_writer_of_several_statements_leaves_a_conflict_to_its_callers() {
    AtomicInteger tries = new AtomicInteger();
    try (var group =
        new GroupCommit<Integer, String>(
            "test",
            1,
            rs -> {
              tries.incrementAndGet();
              throw refused("40P01");
            },
            r -> "alone " + r)) {
      assertThatThrownBy(() -> group.write(1)).isInstanceOf(DataAccessException.class);
      assertThat(tries).hasValue(1);
    }
  }

  @Test
  void after_close_a_write_fails_at_once() {
    var group = new GroupCommit<Integer, String>("test", 1, rs -> List.of("x"), r -> "x");
    group.close();
    assertThatThrownBy(() -> group.write(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void transient_means_a_deadlock_or_a_serialization_failure_only() {
    assertThat(GroupCommit.isTransient(refused("40P01"))).isTrue();
    assertThat(GroupCommit.isTransient(refused("40001"))).isTrue();
    assertThat(GroupCommit.isTransient(refused("23505"))).isFalse();
    assertThat(GroupCommit.isTransient(refused("40003"))).as("may have committed").isFalse();
    assertThat(GroupCommit.isTransient(new IllegalStateException("no SQL state"))).isFalse();
  }
}
