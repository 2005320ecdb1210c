package io.bookline.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloserTest {
  final List<String> closed = new ArrayList<>();

  AutoCloseable part(String name) {
    return () -> closed.add(name);
  }

  @Test
  void parts_close_in_reverse_order_of_building() {
    Closer closer = new Closer();
    closer.add(part("database"));
    closer.add(part("sessions"));
    closer.add(part("server"));

    closer.close();

    assertThat(closed).containsExactly("server", "sessions", "database");
  }

  @Test
  void a_part_that_fails_to_close_does_not_keep_the_others_open() {
    Closer closer = new Closer();
    closer.add(part("database"));
    closer.add(
        () -> {
          throw new IllegalStateException("broken pipe");
        });
    closer.add(part("server"));

    closer.close();

    assertThat(closed).containsExactly("server", "database");
  }

  @Test
  void closing_twice_closes_each_part_once() {
    Closer closer = new Closer();
    closer.add(part("database"));

    closer.close();
    closer.close();

    assertThat(closed).containsExactly("database");
  }

  @Test
  void add_returns_the_part_so_building_and_registering_is_one_line() {
    Closer closer = new Closer();
    AutoCloseable server = part("server");

    assertThat(closer.add(server)).isSameAs(server);
  }
}
