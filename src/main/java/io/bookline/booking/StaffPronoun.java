package io.bookline.booking;

import io.bookline.understanding.Evidence;
import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Slots;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "with her", "bei ihr", "con ella" ({@link io.bookline.understanding.Evidence#withThem()}, ADR
 * 0107): the staff member the bot named last, in its last reply ("Yes, Marta is working on
 * Wednesday", "Those times are with Marta.", {@link DialogueState#named}), else the one of the
 * booking under way, or else the booking made last in this conversation ("Booked! … with Marta").
 * One such person is the booking's staff member; two ("Anna and Marta are working") or none are
 * asked about, keeping what else the customer said and the day asked about.
 */
final class StaffPronoun {
  private StaffPronoun() {}

  /**
   * The reading with the staff member the pronoun means, or null when the customer was asked which
   * one.
   */
  static Reading place(Turn t, DialogueState before, Reading r) {
    if (!r.evidence().withThem() || r.slots().resourceId() != null) {
      return r;
    }
    List<Resource> meant = offeredAt(t, before, r.slots(), meant(t, before));
    if (meant.size() == 1) {
      Slots slots = r.slots().withResource(meant.getFirst().id());
      // "again with her": the service of the booking just made too (ADR 0110).
      Long again = r.evidence().has(Evidence.Sign.AGAIN) ? madeService(t, before) : null;
      if (again != null && slots.serviceId() == null) {
        slots = slots.withService(again);
      }
      return new Reading(
          r.intent(),
          slots,
          r.personName(),
          r.choice(),
          r.source(),
          r.evidence(),
          r.shift(),
          r.shiftBy());
    }
    DialogueState s = t.state();
    boolean booking = s.goal() == Goal.BOOK || s.goal() == Goal.NONE && r.intent() != Intent.NONE;
    if (!booking || s.goal() == Goal.NONE && !wantsBooking(r)) {
      return r;
    }
    Slots kept = over(s.slots(), r.slots());
    t.update(x -> x.with(Goal.BOOK, Step.RESOURCE).withSlots(kept).withAnyResource(false));
    if (meant.size() >= 2) {
      List<String> names = meant.stream().map(Resource::name).toList();
      String head = String.join(", ", names.subList(0, names.size() - 1));
      t.ask(names, "staff.which_named", head, names.getLast());
      return null;
    }
    Catalog catalog = t.catalog();
    Optional<Service> service = catalog.service(kept.serviceId());
    List<String> names =
        (service.isPresent() ? catalog.resourcesFor(service.get(), null) : catalog.resources())
            .stream().map(Resource::name).toList();
    List<String> options = new ArrayList<>(names);
    options.add(t.phrases().text("option.anyone"));
    t.ask(options, "ask.resource_among", String.join(", ", names));
    return null;
  }

  private static boolean wantsBooking(Reading r) {
    return r.intent() == Intent.BOOK || r.hasSlots();
  }

  /**
   * Whom the bot named last: in its last reply (also "Those times are with Marta."), else the staff
   * member of the booking under way ("… at 09:00 with Marta for Ann. Shall I book it?"), else the
   * booking made last.
   */
  private static List<Resource> meant(Turn t, DialogueState before) {
    Catalog catalog = t.catalog();
    List<Long> ids = before.named();
    if (ids.isEmpty() && before.goal() == Goal.BOOK) {
      Long held = before.pending() != null ? before.pending().resourceId() : null;
      held = held == null ? before.slots().resourceId() : held;
      ids = held == null ? List.of() : List.of(held);
    }
    if (ids.isEmpty() && before.made() != null) {
      long made = before.made();
      ids = t.upcoming().stream().filter(b -> b.id() == made).map(BookingView::resourceId).toList();
    }
    return ids.stream().map(catalog::resource).flatMap(Optional::stream).toList();
  }

  /** The service of the booking made last in this conversation; null when none was made. */
  private static Long madeService(Turn t, DialogueState before) {
    if (before.made() == null) {
      return null;
    }
    long made = before.made();
    return t.upcoming().stream()
        .filter(b -> b.id() == made)
        .map(BookingView::serviceId)
        .findFirst()
        .orElse(null);
  }

  /**
   * Of several named ("Anna: 09:00, 12:00; Marta: 10:30"), the one whose offered time was chosen
   * ("10:30 with her"); all of them when the time is none of theirs or none was said.
   */
  private static List<Resource> offeredAt(
      Turn t, DialogueState before, Slots said, List<Resource> named) {
    if (named.size() < 2 || said.time() == null) {
      return named;
    }
    List<Long> at =
        before.offers().stream()
            .filter(o -> o.start().atZone(t.zone()).toLocalTime().equals(said.time()))
            .map(Offer::resourceId)
            .toList();
    List<Resource> theirs = named.stream().filter(n -> at.contains(n.id())).toList();
    return theirs.isEmpty() ? named : theirs;
  }

  /** The slots said now over those kept from before ("who works tuesday?" keeps Tuesday). */
  private static Slots over(Slots kept, Slots now) {
    return new Slots(
        now.serviceId() != null ? now.serviceId() : kept.serviceId(),
        now.date() != null ? now.date() : kept.date(),
        now.time() != null ? now.time() : kept.time(),
        now.time() != null ? now.qualifier() : kept.qualifier(),
        now.partOfDay() != null ? now.partOfDay() : kept.partOfDay(),
        null);
  }
}
