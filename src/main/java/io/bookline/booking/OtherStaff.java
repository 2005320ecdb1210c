package io.bookline.booking;

import io.bookline.understanding.Evidence;
import io.bookline.understanding.Reading;
import java.util.List;
import java.util.Optional;

/**
 * "I'd prefer the other one", "lieber bei der anderen", "mejor con la otra" ({@link
 * io.bookline.understanding.Evidence.Sign#OTHER_ONE}, ADR 0109): of the staff members who do the
 * service, the one the bot did not just name. The one it named is the staff member of the time held
 * or of the question just asked ("… at 11:00 with Anna"), else the one it named last ({@link
 * DialogueState#named}), else the booking made last. One other: that one; several: asked which,
 * listing them; none named, or nobody else does the service: left to the turn as it was read.
 */
final class OtherStaff {
  private OtherStaff() {}

  /** The reading with the other staff member, or null when the customer was asked which one. */
  static Reading place(Turn t, DialogueState before, Reading r) {
    if (!r.evidence().has(Evidence.Sign.OTHER_ONE) || r.slots().resourceId() != null) {
      return r;
    }
    Optional<Long> named = named(t, before);
    Catalog catalog = t.catalog();
    Long serviceId = r.serviceId() != null ? r.serviceId() : before.slots().serviceId();
    Optional<Service> service = catalog.service(serviceId);
    if (named.isEmpty() || service.isEmpty()) {
      return r;
    }
    List<Resource> others =
        catalog.resourcesFor(service.get(), null).stream()
            .filter(x -> x.id() != named.get())
            .toList();
    if (others.size() == 1) {
      return new Reading(
          r.intent(),
          r.slots().withResource(others.getFirst().id()),
          r.personName(),
          r.choice(),
          r.source(),
          r.evidence(),
          r.shift(),
          r.shiftBy());
    }
    if (others.isEmpty()) {
      return r;
    }
    List<String> names = others.stream().map(Resource::name).toList();
    String head = String.join(", ", names.subList(0, names.size() - 1));
    t.update(x -> x.withAwaiting(Step.RESOURCE).withAnyResource(false));
    t.ask(names, "staff.which_named", head, names.getLast());
    return null;
  }

  /** The staff member the bot just named: the held offer's, the wish's, else the one named last. */
  private static Optional<Long> named(Turn t, DialogueState before) {
    if (before.pending() != null) {
      return Optional.of(before.pending().resourceId());
    }
    if (before.slots().resourceId() != null) {
      return Optional.of(before.slots().resourceId());
    }
    if (before.named().size() == 1) {
      return Optional.of(before.named().getFirst());
    }
    if (before.named().isEmpty() && before.made() != null) {
      long made = before.made();
      return t.upcoming().stream()
          .filter(b -> b.id() == made)
          .map(BookingView::resourceId)
          .findFirst();
    }
    return Optional.empty();
  }
}
