package io.bookline.booking;

import java.util.Set;

/** A member of staff (or a chair) and the services they can perform. */
public record Resource(long id, String name, Set<Long> serviceIds) {
  public Resource {
    serviceIds = Set.copyOf(serviceIds);
  }
}
