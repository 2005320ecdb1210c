package io.bookline.understanding;

import java.util.List;

/**
 * What a reading rests on: the words used for the date and for the time, and what was recognised as
 * a date or time but could not be placed. A reading made without looking at words (a model's) has
 * {@link #NONE}.
 *
 * @param dateSpan the words used for the date, or null
 * @param timeSpan the words used for the time, or null
 * @param unresolved dates and times that should become a question, not a value
 * @param dateByWeekday the date was named by its weekday alone ("no, Tuesday", "lieber Dienstag",
 *     "mejor el martes") and read as the first such day from today; the dialogue may place it
 *     nearer a day under discussion
 * @param serviceByTypo the service was found only through a typo or a cut-off word ("pedicrue",
 *     "pedicur"), not word for word; the dialogue asks before it replaces another one with it
 * @param booked the day and time of an existing booking the customer says they cannot keep ("I
 *     can't make it on Monday, can we do Wednesday instead?" → Monday): which booking, never the
 *     new wish; {@link Slots#NONE} when the message names none
 * @param mentions services and staff named that the catalog lacks, and further services named
 * @param nameDisputed the customer says the name being confirmed is wrong ("that's not my name")
 * @param followUp the message opens as a question left short, to be finished by the one before it
 *     ("and tomorrow?", "what about the pedicure?", "und morgen?", "¿y mañana?")
 * @param everyOne the message means every booking in question ("cancel all my appointments",
 *     "both", "alle", "todas"; ADR 0081)
 * @param bookedByWeekday the day of {@code booked} was named by its weekday alone ("I can't make it
 *     on Saturday"), so it may mean the booking a week on; a date ("on 28 November") never does
 * @param thatOne the message cancels or drops "that", "this" or "it", naming nothing ("cancel
 *     that", "storniere das", "vergiss das", "cancela eso", "olvídalo"): while a booking is set up,
 *     that booking, not one made before ({@link ThatOne}, ADR 0085)
 * @param whom a person of a party the message names: whose booking is meant ("Lily's", "la de
 *     Lily") or who cannot come after all ("my friend can't come"; {@link ForWhom}, ADR 0086)
 */
public record Evidence(
    Span dateSpan,
    Span timeSpan,
    List<Unresolved> unresolved,
    boolean dateByWeekday,
    boolean serviceByTypo,
    Slots booked,
    Mentions mentions,
    boolean nameDisputed,
    boolean followUp,
    boolean everyOne,
    boolean bookedByWeekday,
    boolean thatOne,
    Whom whom) {
  public static final Evidence NONE = new Evidence(null, null, List.of());

  public Evidence {
    unresolved = unresolved == null ? List.of() : List.copyOf(unresolved);
    booked = booked == null ? Slots.NONE : booked;
    mentions = mentions == null ? Mentions.NONE : mentions;
    whom = whom == null ? Whom.NONE : whom;
  }

  /** Evidence that names no person of a party ({@link #whom}). */
  public Evidence(
      Span dateSpan,
      Span timeSpan,
      List<Unresolved> unresolved,
      boolean dateByWeekday,
      boolean serviceByTypo,
      Slots booked,
      Mentions mentions,
      boolean nameDisputed,
      boolean followUp,
      boolean everyOne,
      boolean bookedByWeekday,
      boolean thatOne) {
    this(
        dateSpan,
        timeSpan,
        unresolved,
        dateByWeekday,
        serviceByTypo,
        booked,
        mentions,
        nameDisputed,
        followUp,
        everyOne,
        bookedByWeekday,
        thatOne,
        Whom.NONE);
  }

  /** Evidence that does not cancel "that" ({@link #thatOne}). */
  public Evidence(
      Span dateSpan,
      Span timeSpan,
      List<Unresolved> unresolved,
      boolean dateByWeekday,
      boolean serviceByTypo,
      Slots booked,
      Mentions mentions,
      boolean nameDisputed,
      boolean followUp,
      boolean everyOne,
      boolean bookedByWeekday) {
    this(
        dateSpan,
        timeSpan,
        unresolved,
        dateByWeekday,
        serviceByTypo,
        booked,
        mentions,
        nameDisputed,
        followUp,
        everyOne,
        bookedByWeekday,
        false);
  }

  /** Evidence that does not say it means every booking in question. */
  public Evidence(
      Span dateSpan,
      Span timeSpan,
      List<Unresolved> unresolved,
      boolean dateByWeekday,
      boolean serviceByTypo,
      Slots booked,
      Mentions mentions,
      boolean nameDisputed,
      boolean followUp) {
    this(
        dateSpan,
        timeSpan,
        unresolved,
        dateByWeekday,
        serviceByTypo,
        booked,
        mentions,
        nameDisputed,
        followUp,
        false,
        false);
  }

  /**
   * Evidence of a date not named by its weekday alone, of no service found by a typo, and of no
   * booking the customer cannot keep.
   */
  public Evidence(Span dateSpan, Span timeSpan, List<Unresolved> unresolved) {
    this(
        dateSpan,
        timeSpan,
        unresolved,
        false,
        false,
        Slots.NONE,
        Mentions.NONE,
        false,
        false,
        false,
        false);
  }

  /** The same, with how the date and the service were found. */
  public Evidence(
      Span dateSpan,
      Span timeSpan,
      List<Unresolved> unresolved,
      boolean dateByWeekday,
      boolean serviceByTypo) {
    this(
        dateSpan,
        timeSpan,
        unresolved,
        dateByWeekday,
        serviceByTypo,
        Slots.NONE,
        Mentions.NONE,
        false,
        false,
        false,
        false);
  }

  /** The same, with the booking the customer cannot keep. */
  public Evidence(
      Span dateSpan,
      Span timeSpan,
      List<Unresolved> unresolved,
      boolean dateByWeekday,
      boolean serviceByTypo,
      Slots booked) {
    this(
        dateSpan,
        timeSpan,
        unresolved,
        dateByWeekday,
        serviceByTypo,
        booked,
        Mentions.NONE,
        false,
        false,
        false,
        false);
  }

  /** The same evidence, with only {@code stillOpen} of its dates and times left to ask about. */
  public Evidence withUnresolved(List<Unresolved> stillOpen) {
    return new Evidence(
        dateSpan,
        timeSpan,
        stillOpen,
        dateByWeekday,
        serviceByTypo,
        booked,
        mentions,
        nameDisputed,
        followUp,
        everyOne,
        bookedByWeekday,
        thatOne,
        whom);
  }

  /** The same evidence, naming the booking the customer cannot keep by its own day and time. */
  public Evidence withBooked(Slots cannotKeep) {
    return new Evidence(
        dateSpan,
        timeSpan,
        unresolved,
        dateByWeekday,
        serviceByTypo,
        cannotKeep,
        mentions,
        nameDisputed,
        followUp,
        everyOne,
        false,
        thatOne,
        whom);
  }

  /** The same evidence, with what else the message names. */
  public Evidence withMentions(Mentions named) {
    return new Evidence(
        dateSpan,
        timeSpan,
        unresolved,
        dateByWeekday,
        serviceByTypo,
        booked,
        named,
        nameDisputed,
        followUp,
        everyOne,
        bookedByWeekday,
        thatOne,
        whom);
  }

  /** The same evidence, saying the customer disputes the name being confirmed. */
  public Evidence withNameDisputed() {
    return new Evidence(
        dateSpan,
        timeSpan,
        unresolved,
        dateByWeekday,
        serviceByTypo,
        booked,
        mentions,
        true,
        followUp,
        everyOne,
        bookedByWeekday,
        thatOne,
        whom);
  }

  /** The same evidence, the message a question left short or not. */
  public Evidence withFollowUp(boolean shortQuestion) {
    return new Evidence(
        dateSpan,
        timeSpan,
        unresolved,
        dateByWeekday,
        serviceByTypo,
        booked,
        mentions,
        nameDisputed,
        shortQuestion,
        everyOne,
        bookedByWeekday,
        thatOne,
        whom);
  }

  /** The same evidence, meaning every booking in question. */
  public Evidence withEveryOne() {
    return new Evidence(
        dateSpan,
        timeSpan,
        unresolved,
        dateByWeekday,
        serviceByTypo,
        booked,
        mentions,
        nameDisputed,
        followUp,
        true,
        bookedByWeekday,
        thatOne,
        whom);
  }

  /** The same evidence, cancelling "that" ({@link #thatOne}). */
  public Evidence withThatOne() {
    return new Evidence(
        dateSpan,
        timeSpan,
        unresolved,
        dateByWeekday,
        serviceByTypo,
        booked,
        mentions,
        nameDisputed,
        followUp,
        everyOne,
        bookedByWeekday,
        true,
        whom);
  }

  /** The same evidence, with the person of a party the message names ({@link #whom}). */
  public Evidence withWhom(Whom person) {
    return new Evidence(
        dateSpan,
        timeSpan,
        unresolved,
        dateByWeekday,
        serviceByTypo,
        booked,
        mentions,
        nameDisputed,
        followUp,
        everyOne,
        bookedByWeekday,
        thatOne,
        person);
  }

  /** Whether a slot was mentioned but left empty so the dialogue should ask for it. */
  public boolean unresolved(Unresolved.What what) {
    return unresolved.stream().anyMatch(u -> u.what() == what);
  }
}
