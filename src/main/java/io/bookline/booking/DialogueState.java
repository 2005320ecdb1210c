package io.bookline.booking;

import io.bookline.understanding.PartOfDay;
import io.bookline.understanding.TimeQualifier;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Where a conversation stands: the goal, the slots filled so far and what the bot asked last.
 * Immutable; each turn makes a new one. Stored as JSON in the session.
 *
 * @param anyResource the customer said any staff member will do
 * @param bookingId the existing booking being rescheduled or cancelled
 * @param choices bookings listed for "which one?", in the order shown
 * @param handoff a person has taken over; the bot stays silent
 */
public record DialogueState(
    Goal goal,
    Step awaiting,
    Long serviceId,
    LocalDate date,
    LocalTime time,
    TimeQualifier qualifier,
    PartOfDay partOfDay,
    Long resourceId,
    boolean anyResource,
    Long bookingId,
    List<Long> choices,
    List<Offer> offers,
    Offer pending,
    String customerName,
    boolean handoff) {

  public DialogueState {
    goal = goal == null ? Goal.NONE : goal;
    awaiting = awaiting == null ? Step.NONE : awaiting;
    choices = choices == null ? List.of() : List.copyOf(choices);
    offers = offers == null ? List.of() : List.copyOf(offers);
  }

  /** A new conversation, knowing the customer's name if an earlier one stored it. */
  public static DialogueState start(String knownName) {
    return new DialogueState(
        Goal.NONE, Step.NONE, null, null, null, null, null, null, false, null, List.of(), List.of(),
        null, knownName, false);
  }

  /** Drops the goal and its slots; keeps who the customer is and whether a person took over. */
  public DialogueState reset() {
    return start(customerName).withHandoff(handoff);
  }

  DialogueState with(Goal g, Step s) {
    return new DialogueState(
        g,
        s,
        serviceId,
        date,
        time,
        qualifier,
        partOfDay,
        resourceId,
        anyResource,
        bookingId,
        choices,
        offers,
        pending,
        customerName,
        handoff);
  }

  DialogueState withAwaiting(Step s) {
    return with(goal, s);
  }

  DialogueState withSlots(
      Long service, LocalDate d, LocalTime t, TimeQualifier q, PartOfDay p, Long resource) {
    return new DialogueState(
        goal,
        awaiting,
        service,
        d,
        t,
        q,
        p,
        resource,
        anyResource,
        bookingId,
        choices,
        offers,
        pending,
        customerName,
        handoff);
  }

  DialogueState withAnyResource(boolean any) {
    return new DialogueState(
        goal,
        awaiting,
        serviceId,
        date,
        time,
        qualifier,
        partOfDay,
        resourceId,
        any,
        bookingId,
        choices,
        offers,
        pending,
        customerName,
        handoff);
  }

  DialogueState withBooking(Long id, List<Long> newChoices) {
    return new DialogueState(
        goal,
        awaiting,
        serviceId,
        date,
        time,
        qualifier,
        partOfDay,
        resourceId,
        anyResource,
        id,
        newChoices,
        offers,
        pending,
        customerName,
        handoff);
  }

  DialogueState withOffers(List<Offer> newOffers, Offer newPending) {
    return new DialogueState(
        goal,
        awaiting,
        serviceId,
        date,
        time,
        qualifier,
        partOfDay,
        resourceId,
        anyResource,
        bookingId,
        choices,
        newOffers,
        newPending,
        customerName,
        handoff);
  }

  DialogueState withName(String name) {
    return new DialogueState(
        goal,
        awaiting,
        serviceId,
        date,
        time,
        qualifier,
        partOfDay,
        resourceId,
        anyResource,
        bookingId,
        choices,
        offers,
        pending,
        name,
        handoff);
  }

  public DialogueState withHandoff(boolean h) {
    return new DialogueState(
        goal,
        awaiting,
        serviceId,
        date,
        time,
        qualifier,
        partOfDay,
        resourceId,
        anyResource,
        bookingId,
        choices,
        offers,
        pending,
        customerName,
        h);
  }
}
