package io.bookline.booking;

import io.bookline.understanding.Evidence;
import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import java.util.Optional;

/**
 * "the usual", "same as last time", "wie immer", "lo de siempre" ({@link
 * io.bookline.understanding.Evidence.Sign#THE_USUAL}, ADR 0109): the service and staff member of
 * the customer's own appointment that was last, said back, and then the day asked for as for any
 * booking. With no appointment before now it says so and asks what they would like.
 */
final class LastTime {
  private LastTime() {}

  /** The reading with the last appointment's service and staff, or null when there was none. */
  static Reading place(Turn t, Reading r) {
    if (!r.evidence().has(Evidence.Sign.THE_USUAL) || r.serviceId() != null) {
      return r;
    }
    Optional<BookingView> last = t.port().lastBefore(t.ctx().customerId(), t.ctx().now());
    Optional<Service> service = last.flatMap(b -> t.catalog().service(b.serviceId()));
    if (service.isEmpty()) {
      t.update(DialogueState::reset);
      t.ask(t.startOptions(), "usual.none");
      return null;
    }
    Optional<Resource> staff = t.catalog().resource(last.get().resourceId());
    String name = t.phrases().name(service.get());
    t.say(
        "usual.same",
        staff.map(s -> t.phrases().text("booking.with", name, s.name())).orElse(name));
    return new Reading(
        Intent.BOOK,
        r.slots()
            .withService(service.get().id())
            .withResource(staff.map(Resource::id).orElse(null)),
        r.personName(),
        r.choice(),
        r.source(),
        r.evidence(),
        r.shift(),
        r.shiftBy());
  }
}
