package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Named} stays a value, as it was as a record: equal by id, name, synonyms and the services
 * it serves, whatever it carries besides.
 */
class NamedValueTest {

  @Test
  void two_entries_with_the_same_parts_are_equal_and_hash_alike() {
    Named a = new Named(2, "Gel-Maniküre", List.of("gel", "shellac"), Set.of(7L));
    Named b = new Named(2, "Gel-Maniküre", List.of("gel", "shellac"), Set.of(7L));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString())
        .isEqualTo("Named[id=2, name=Gel-Maniküre, synonyms=[gel, shellac], serves=[7]]");
  }

  @Test
  void entries_differing_in_any_part_are_not_equal() {
    Named a = new Named(2, "Gel Manicure", List.of("gel"));

    assertThat(a)
        .isNotEqualTo(new Named(3, "Gel Manicure", List.of("gel")))
        .isNotEqualTo(new Named(2, "Gel manicure", List.of("gel")))
        .isNotEqualTo(new Named(2, "Gel Manicure", List.of("shellac")))
        .isNotEqualTo(new Named(2, "Gel Manicure", List.of("gel"), Set.of(1L)));
    assertThat(new Named(5, "Anna").synonyms()).isEmpty();
    assertThat(new Named(5, "Anna").serves()).isEmpty();
  }
}
