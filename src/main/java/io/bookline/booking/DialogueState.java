package io.bookline.booking;

import io.bookline.understanding.PartOfDay;
import io.bookline.understanding.TimeQualifier;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Where a conversation stands: the goal, the slots filled so far and what the bot asked last.
 * Immutable; each turn makes a new one. Stored as JSON in the session.
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
    List<Offer> offers,
    Offer pending,
    String customerName) {

  public DialogueState {
    goal = goal == null ? Goal.NONE : goal;
    awaiting = awaiting == null ? Step.NONE : awaiting;
    offers = offers == null ? List.of() : List.copyOf(offers);
  }

  /** A new conversation, knowing the customer's name if an earlier one stored it. */
  public static DialogueState start(String knownName) {
    return new DialogueState(
        Goal.NONE, Step.NONE, null, null, null, null, null, null, List.of(), null, knownName);
  }

  /** Drops the goal and its slots, keeps who the customer is. */
  public DialogueState reset() {
    return start(customerName);
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
        offers,
        pending,
        customerName);
  }

  DialogueState withAwaiting(Step s) {
    return with(goal, s);
  }

  DialogueState withSlots(
      Long service, LocalDate d, LocalTime t, TimeQualifier q, PartOfDay p, Long resource) {
    return new DialogueState(
        goal, awaiting, service, d, t, q, p, resource, offers, pending, customerName);
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
        newOffers,
        newPending,
        customerName);
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
        offers,
        pending,
        name);
  }
}
