package io.bookline.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything a business offers and when: read from Postgres, cached briefly, never taken from a
 * customer's message or a model's answer.
 */
public record Catalog(
    Business business,
    List<Service> services,
    List<Resource> resources,
    List<OpeningInterval> hours,
    List<Closure> closures) {

  public Catalog {
    services = List.copyOf(services);
    resources = List.copyOf(resources);
    hours =
        hours.stream()
            .sorted(
                Comparator.comparing(OpeningInterval::day).thenComparing(OpeningInterval::opens))
            .toList();
    closures = List.copyOf(closures);
  }

  public Optional<Service> service(Long id) {
    return id == null ? Optional.empty() : services.stream().filter(s -> s.id() == id).findFirst();
  }

  public Optional<Resource> resource(Long id) {
    return id == null ? Optional.empty() : resources.stream().filter(r -> r.id() == id).findFirst();
  }

  public List<OpeningInterval> hoursOn(DayOfWeek day) {
    return hours.stream().filter(h -> h.day() == day).toList();
  }

  /** A closure of the whole business on that day (staff leave is not one). */
  public Optional<Closure> closureOn(LocalDate day) {
    return closures.stream().filter(c -> c.wholeBusiness() && c.covers(day)).findFirst();
  }

  /** Whether a staff member is on leave that day. */
  public boolean onLeave(long resource, LocalDate day) {
    return closures.stream()
        .anyMatch(c -> c.resourceId() != null && c.resourceId() == resource && c.covers(day));
  }

  /**
   * The services customers can book: those at least one staff member performs. A service nobody has
   * ticked stays in the catalog (its name is still recognised, and said to be unstaffed) but is
   * never listed or offered as bookable.
   */
  public List<Service> bookable() {
    return services.stream().filter(this::performed).toList();
  }

  /** Whether any staff member performs the service. */
  public boolean performed(Service service) {
    return resources.stream().anyMatch(r -> r.serviceIds().contains(service.id()));
  }

  /** The resources that can perform a service, optionally only the one asked for. */
  public List<Resource> resourcesFor(Service service, Long onlyResource) {
    return resources.stream()
        .filter(r -> r.serviceIds().contains(service.id()))
        .filter(r -> onlyResource == null || r.id() == onlyResource)
        .toList();
  }
}
