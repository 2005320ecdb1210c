package io.bookline.booking;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/** A bookable service; buffers block the resource before and after the appointment. */
public record Service(
    long id,
    String name,
    Duration duration,
    BigDecimal price,
    Duration bufferBefore,
    Duration bufferAfter,
    List<String> synonyms) {
  public Service {
    synonyms = List.copyOf(synonyms);
  }
}
