package io.bookline.booking;

import io.bookline.understanding.TimeQualifier;
import io.bookline.understanding.Unresolved;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two clock times said as alternatives ("around 4 or 5", "so gegen 4 oder 5", "sobre las 4 o las
 * 5") for a service and a day already known: both are candidates (ADR 0109). Both free: both
 * offered, one button each; one free: the taken one is said and the free one goes on as if it alone
 * was said; neither free: the question which one, as for any alternatives.
 */
final class EitherTime {
  private EitherTime() {}

  /**
   * Places the two times said, when it can: returns whether the times were offered (a question was
   * asked); when one alone is free, it becomes the time wished for and nothing is asked yet.
   */
  static Placed place(Turn t, Unresolved u) {
    LocalDate day = t.slots().date();
    Optional<Service> service = t.catalog().service(t.slots().serviceId());
    if (u.what() != Unresolved.What.TIME
        || u.times().size() != 2
        || day == null
        || service.isEmpty()
        || WhyNotFree.day(t.catalog(), day, t.today()).isPresent()) {
      return Placed.NOT;
    }
    List<Slot> free = new ArrayList<>();
    for (LocalTime time : u.times()) {
      Instant at = FreeTimes.at(day, time, t.zone());
      t.offerable(service.get(), t.slots().resourceId(), at).on(day).stream()
          .filter(s -> s.start().equals(at))
          .findFirst()
          .ifPresent(free::add);
    }
    if (free.isEmpty()) {
      return Placed.NOT;
    }
    if (free.size() == 1) {
      LocalTime open = free.get(0).start().atZone(t.zone()).toLocalTime();
      LocalTime taken = u.times().get(0).equals(open) ? u.times().get(1) : u.times().get(0);
      t.say("either_time.one_taken", t.phrases().time(taken));
      t.update(s -> s.withSlots(s.slots().withTime(open, TimeQualifier.AT)));
      return Placed.ONE;
    }
    List<Offer> offers = free.stream().map(s -> t.offer(s, service.get())).toList();
    List<String> labels = free.stream().map(s -> t.phrases().time(s.start())).toList();
    t.update(
        s ->
            s.withSlots(s.slots().withTime(null, null))
                .withOffers(offers, null)
                .withAwaiting(Step.TIME));
    Recap.all(t);
    t.ask(labels, "either_time.both_free", labels.get(0), labels.get(1));
    return Placed.BOTH;
  }

  /** What became of the two times said. */
  enum Placed {
    /** Not placed here: asked about as any alternatives are. */
    NOT,
    /** One was free: it is the time wished for now. */
    ONE,
    /** Both were free: both offered. */
    BOTH
  }
}
