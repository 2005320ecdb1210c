package io.bookline.understanding;

import java.util.List;

/** Something in the catalog a customer may name: a service or a staff member. */
public record Named(long id, String name, List<String> synonyms) {
  public Named {
    synonyms = List.copyOf(synonyms);
  }

  public Named(long id, String name) {
    this(id, name, List.of());
  }
}
