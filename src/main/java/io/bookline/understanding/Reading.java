package io.bookline.understanding;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One reading of one customer message: a proposal, never a decision. Every field but {@code intent}
 * may be null or empty (not said). Service and resource ids refer to the catalog the reading was
 * made against; the dialogue checks them again.
 *
 * @param intent what the message asks for
 * @param slots the service, day, time, window and staff member the message names
 * @param personName the customer's own name, when they gave it
 * @param choice a 1-based pick from a list just offered ("the second one"); -1 for "the last one"
 * @param source which understanding produced this ("rules" or "llm")
 * @param evidence the words the date and time came from, and dates or times named but not placed
 *     (the dialogue should ask about those rather than guess)
 * @param shift a time asked for only as later or earlier than the one under discussion ("anything
 *     later?"), when the message names no time itself; null otherwise
 * @param shiftBy the signed amount of that shift, when one is said ("an hour later": one hour,
 *     "half an hour earlier": minus 30 minutes); null for none
 */
public record Reading(
    Intent intent,
    Slots slots,
    String personName,
    Integer choice,
    String source,
    Evidence evidence,
    TimeShift shift,
    Duration shiftBy) {

  public Reading {
    slots = slots == null ? Slots.NONE : slots;
    evidence = evidence == null ? Evidence.NONE : evidence;
  }

  /** A reading that moves no time by an amount. */
  public Reading(
      Intent intent,
      Slots slots,
      String personName,
      Integer choice,
      String source,
      Evidence evidence,
      TimeShift shift) {
    this(intent, slots, personName, choice, source, evidence, shift, null);
  }

  /** A reading that asks for no time relative to another. */
  public Reading(
      Intent intent,
      Slots slots,
      String personName,
      Integer choice,
      String source,
      Evidence evidence) {
    this(intent, slots, personName, choice, source, evidence, null);
  }

  /** A reading made without looking at words (a model's): no evidence. */
  public Reading(Intent intent, Slots slots, String personName, Integer choice, String source) {
    this(intent, slots, personName, choice, source, Evidence.NONE);
  }

  public static Reading nothing(String source) {
    return new Reading(Intent.NONE, Slots.NONE, null, null, source);
  }

  /** The same reading, read as another intent ("and tomorrow?" after an answer about hours). */
  public Reading withIntent(Intent other) {
    return new Reading(other, slots, personName, choice, source, evidence, shift, shiftBy);
  }

  /** Whether the message names anything the dialogue can fill in, the customer's name included. */
  public boolean hasSlots() {
    return !slots.isEmpty() || personName != null;
  }

  // Shorthands for the slots, so a reading reads as "the date it names".

  public Long serviceId() {
    return slots.serviceId();
  }

  public LocalDate date() {
    return slots.date();
  }

  public LocalTime time() {
    return slots.time();
  }

  public TimeQualifier qualifier() {
    return slots.qualifier();
  }

  public PartOfDay partOfDay() {
    return slots.partOfDay();
  }

  public Long resourceId() {
    return slots.resourceId();
  }
}
