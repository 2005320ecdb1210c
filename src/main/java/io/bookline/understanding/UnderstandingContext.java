package io.bookline.understanding;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * What understanding may know about the turn: the business's local "now" (relative dates are
 * resolved against it), its catalog names and what the dialogue is waiting for.
 */
public record UnderstandingContext(
    LocalDateTime now,
    ZoneId zone,
    Locale locale,
    List<Named> services,
    List<Named> resources,
    Expectation expecting) {

  public UnderstandingContext {
    services = List.copyOf(services);
    resources = List.copyOf(resources);
  }
}
