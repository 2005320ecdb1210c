package io.bookline.understanding;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a reading rests on: the words used for the date and for the time, and what was recognised as
 * a date or time but could not be placed. A reading made without looking at words (a model's) has
 * {@link #NONE}.
 *
 * <p>What the message shows about itself beyond that (the date was a weekday alone, the service a
 * typo, "cancel that", …) is a set of {@link Sign}s, so a new sign is one constant and one
 * accessor, not another argument to every copy (ADR 0099).
 *
 * @param dateSpan the words used for the date, or null
 * @param timeSpan the words used for the time, or null
 * @param unresolved dates and times that should become a question, not a value
 * @param booked the day and time of an existing booking the customer says they cannot keep ("I
 *     can't make it on Monday, can we do Wednesday instead?" → Monday): which booking, never the
 *     new wish; {@link Slots#NONE} when the message names none
 * @param mentions services and staff named that the catalog lacks, and further services named
 * @param whom a person of a party the message names: whose booking is meant ("Lily's", "la de
 *     Lily") or who cannot come after all ("my friend can't come"; {@link ForWhom}, ADR 0086)
 * @param signs what the message shows about itself, held as an unmodifiable copy
 */
public record Evidence(
    Span dateSpan,
    Span timeSpan,
    List<Unresolved> unresolved,
    Slots booked,
    Mentions mentions,
    Whom whom,
    Set<Sign> signs) {
  public static final Evidence NONE = new Evidence(null, null, List.of());

  /** What a message shows about itself, each a yes or no the dialogue weighs. */
  public enum Sign {
    /**
     * The date was named by its weekday alone ("no, Tuesday", "lieber Dienstag", "mejor el martes")
     * and read as the first such day from today; the dialogue may place it nearer a day under
     * discussion.
     */
    DATE_BY_WEEKDAY,
    /**
     * The service was found only through a typo or a cut-off word ("pedicrue", "pedicur"), not word
     * for word; the dialogue asks before it replaces another one with it.
     */
    SERVICE_BY_TYPO,
    /** The customer says the name being confirmed is wrong ("that's not my name"; ADR 0053). */
    NAME_DISPUTED,
    /**
     * The message opens as a question left short, to be finished by the one before it ("and
     * tomorrow?", "what about the pedicure?", "und morgen?", "¿y mañana?"; ADR 0056).
     */
    FOLLOW_UP,
    /**
     * The message means every booking in question ("cancel all my appointments", "both", "alle",
     * "todas"; ADR 0081).
     */
    EVERY_ONE,
    /**
     * The day of {@link Evidence#booked} was named by its weekday alone ("I can't make it on
     * Saturday"), so it may mean the booking a week on; a date ("on 28 November") never does (ADR
     * 0082).
     */
    BOOKED_BY_WEEKDAY,
    /**
     * The message cancels or drops "that", "this" or "it", naming nothing ("cancel that",
     * "storniere das", "vergiss das", "cancela eso", "olvídalo"): while a booking is set up, that
     * booking, not one made before ({@link ThatOne}, ADR 0085).
     */
    THAT_ONE,
    /**
     * Any of the times offered will do ("either is fine", "whatever", "egal", "me da igual"): the
     * reading picks the first, and the dialogue says it took that one ({@link AnyTimeWillDo}).
     */
    ANY_WILL_DO,
    /**
     * The customer asks who the times offered are with ("who would do it?", "wer macht das?",
     * "¿quién me lo haría?"; {@link WhoWouldDoIt}).
     */
    WHO_DOES_IT,
    /**
     * The staff member is named by a pronoun ("with her", "bei ihr", "con ella"): the one the bot
     * named last ({@link WithThem}, ADR 0107), never a name of its own.
     */
    WITH_THEM,
    /**
     * The booking meant is someone else's, said without a name ("my friend's appointment", "den
     * Termin meiner Freundin", "la cita de mi amiga"): a guest's, never the customer's own ({@link
     * SomeoneElses}, ADR 0107).
     */
    SOMEONE_ELSES,
    /** "again with her", "bei ihr nochmal": the service of the last booking too (0110). */
    AGAIN,
    /** "for my mum Helen", "für meine Mutter": another person's booking, name in whom() (0108). */
    FOR_SOMEONE,
    /** "with the other one", "bei der anderen", "con la otra": not the staff just named (0109). */
    OTHER_ONE,
    /** "the usual", "wie immer", "lo de siempre": what they had last time ({@link TheUsual}). */
    THE_USUAL,
    SAME_AFTER, // "same again for the saturday after": the booking just made, that weekday on
    WAVE, // a 👋 alone: after a booking, a goodbye (ADR 0115)
    ASKS // a question at "Shall I book it?" ("is there a free slot?"), never a yes (AsksBack)
  }

  public Evidence {
    unresolved = unresolved == null ? List.of() : List.copyOf(unresolved);
    booked = booked == null ? Slots.NONE : booked;
    mentions = mentions == null ? Mentions.NONE : mentions;
    whom = whom == null ? Whom.NONE : whom;
    signs = copy(signs);
  }

  /**
   * Evidence from its signs given one by one, in the order the record once held them; for the
   * rules' reading, which weighs each where it finds it.
   */
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
        booked,
        mentions,
        Whom.NONE,
        signs(
            dateByWeekday,
            serviceByTypo,
            nameDisputed,
            followUp,
            everyOne,
            bookedByWeekday,
            thatOne));
  }

  /** The same, not cancelling "that" ({@link #thatOne}). */
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

  /** Evidence of the words for the date and time alone: no sign, no booking, nothing else named. */
  public Evidence(Span dateSpan, Span timeSpan, List<Unresolved> unresolved) {
    this(dateSpan, timeSpan, unresolved, null, null, null, Set.of());
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
        null,
        null,
        null,
        signs(dateByWeekday, serviceByTypo, false, false, false, false, false));
  }

  /** Whether the message shows {@code sign}. */
  public boolean has(Sign sign) {
    return signs.contains(sign);
  }

  /** The same evidence, also showing {@code sign}. */
  public Evidence with(Sign sign) {
    EnumSet<Sign> more = EnumSet.of(sign);
    more.addAll(signs);
    return new Evidence(dateSpan, timeSpan, unresolved, booked, mentions, whom, more);
  }

  private Evidence without(Sign sign) {
    EnumSet<Sign> fewer = EnumSet.noneOf(Sign.class);
    fewer.addAll(signs);
    fewer.remove(sign);
    return new Evidence(dateSpan, timeSpan, unresolved, booked, mentions, whom, fewer);
  }

  /** {@link Sign#DATE_BY_WEEKDAY}. */
  public boolean dateByWeekday() {
    return has(Sign.DATE_BY_WEEKDAY);
  }

  /** {@link Sign#SERVICE_BY_TYPO}. */
  public boolean serviceByTypo() {
    return has(Sign.SERVICE_BY_TYPO);
  }

  /** {@link Sign#NAME_DISPUTED}. */
  public boolean nameDisputed() {
    return has(Sign.NAME_DISPUTED);
  }

  /** {@link Sign#FOLLOW_UP}. */
  public boolean followUp() {
    return has(Sign.FOLLOW_UP);
  }

  /** {@link Sign#EVERY_ONE}. */
  public boolean everyOne() {
    return has(Sign.EVERY_ONE);
  }

  /** {@link Sign#BOOKED_BY_WEEKDAY}. */
  public boolean bookedByWeekday() {
    return has(Sign.BOOKED_BY_WEEKDAY);
  }

  /** {@link Sign#THAT_ONE}. */
  public boolean thatOne() {
    return has(Sign.THAT_ONE);
  }

  /** The same evidence, with only {@code stillOpen} of its dates and times left to ask about. */
  public Evidence withUnresolved(List<Unresolved> stillOpen) {
    return new Evidence(dateSpan, timeSpan, stillOpen, booked, mentions, whom, signs);
  }

  /**
   * The same evidence, naming the booking the customer cannot keep by its own day and time. Such a
   * day is the booking's own, never a weekday alone, so {@link Sign#BOOKED_BY_WEEKDAY} goes.
   */
  public Evidence withBooked(Slots cannotKeep) {
    return new Evidence(dateSpan, timeSpan, unresolved, cannotKeep, mentions, whom, signs)
        .without(Sign.BOOKED_BY_WEEKDAY);
  }

  /** The same evidence, with what else the message names. */
  public Evidence withMentions(Mentions named) {
    return new Evidence(dateSpan, timeSpan, unresolved, booked, named, whom, signs);
  }

  /** The same evidence, with the person of a party the message names ({@link #whom}). */
  public Evidence withWhom(Whom person) {
    return new Evidence(dateSpan, timeSpan, unresolved, booked, mentions, person, signs);
  }

  /** The same evidence, saying the customer disputes the name being confirmed. */
  public Evidence withNameDisputed() {
    return with(Sign.NAME_DISPUTED);
  }

  /** The same evidence, the message a question left short or not. */
  public Evidence withFollowUp(boolean shortQuestion) {
    return shortQuestion ? with(Sign.FOLLOW_UP) : without(Sign.FOLLOW_UP);
  }

  /** The same evidence, meaning every booking in question. */
  public Evidence withEveryOne() {
    return with(Sign.EVERY_ONE);
  }

  /** The same evidence, cancelling "that" ({@link #thatOne}). */
  public Evidence withThatOne() {
    return with(Sign.THAT_ONE);
  }

  /** {@link Sign#WITH_THEM}. */
  public boolean withThem() {
    return has(Sign.WITH_THEM);
  }

  /** The same evidence, naming the staff member by a pronoun ({@link #withThem}). */
  public Evidence withWithThem() {
    return with(Sign.WITH_THEM);
  }

  /** {@link Sign#SOMEONE_ELSES}. */
  public boolean someoneElses() {
    return has(Sign.SOMEONE_ELSES);
  }

  /** Whether a slot was mentioned but left empty so the dialogue should ask for it. */
  public boolean unresolved(Unresolved.What what) {
    return unresolved.stream().anyMatch(u -> u.what() == what);
  }

  private static Set<Sign> copy(Collection<Sign> signs) {
    EnumSet<Sign> held = EnumSet.noneOf(Sign.class);
    if (signs != null) {
      held.addAll(signs);
    }
    return Collections.unmodifiableSet(held);
  }

  private static Set<Sign> signs(
      boolean dateByWeekday,
      boolean serviceByTypo,
      boolean nameDisputed,
      boolean followUp,
      boolean everyOne,
      boolean bookedByWeekday,
      boolean thatOne) {
    EnumSet<Sign> shown = EnumSet.noneOf(Sign.class);
    mark(shown, dateByWeekday, Sign.DATE_BY_WEEKDAY);
    mark(shown, serviceByTypo, Sign.SERVICE_BY_TYPO);
    mark(shown, nameDisputed, Sign.NAME_DISPUTED);
    mark(shown, followUp, Sign.FOLLOW_UP);
    mark(shown, everyOne, Sign.EVERY_ONE);
    mark(shown, bookedByWeekday, Sign.BOOKED_BY_WEEKDAY);
    mark(shown, thatOne, Sign.THAT_ONE);
    return shown;
  }

  private static void mark(Set<Sign> shown, boolean seen, Sign sign) {
    if (seen) {
      shown.add(sign);
    }
  }
}
