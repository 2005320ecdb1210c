package io.bookline.understanding;

import java.util.List;
import java.util.Set;

/**
 * Something in the catalog a customer may name: a service or a staff member.
 *
 * @param serves for a staff member, the ids of the services they do; empty when unknown (then a
 *     model's staff proposal is not checked against the service)
 */
public record Named(long id, String name, List<String> synonyms, Set<Long> serves) {
  public Named {
    synonyms = List.copyOf(synonyms);
    serves = serves == null ? Set.of() : Set.copyOf(serves);
  }

  public Named(long id, String name, List<String> synonyms) {
    this(id, name, synonyms, Set.of());
  }

  public Named(long id, String name) {
    this(id, name, List.of(), Set.of());
  }
}
