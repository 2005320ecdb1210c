package io.bookline.booking;

import io.bookline.understanding.Language;
import io.bookline.understanding.Slots;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a conversation stands: the goal, the slots filled so far and what the bot asked last.
 * Immutable; each turn makes a new one. Stored as JSON in the session (see {@code SessionCodec},
 * which keeps the stored shape flat).
 *
 * @param slots what the customer wants, as far as it is settled
 * @param anyResource the customer said any staff member will do
 * @param bookingId the existing booking being rescheduled or cancelled
 * @param choices bookings listed for "which one?", in the order shown
 * @param offers the free times shown, in the order shown
 * @param pending the offer the customer picked and is asked to confirm
 * @param handoff a person has taken over; the bot stays silent
 * @param language the language the customer writes in, as far as known (null before the first
 *     turn); kept when the goal is reset, like the customer's name
 * @param botReturned a person gave the conversation back and the bot has not said yet that it is a
 *     bot again (its next reply does, once)
 * @param heldAt while a person has the conversation: when the customer was last told (or a person
 *     last wrote), in epoch seconds; 0 when never
 * @param later services the customer asked for in the same message as the one being booked
 *     ("manicure and pedicure"): offered, one by one, once it is booked
 * @param answered what the bot answered in the turn before, when it answered a question about hours
 *     or a price; null otherwise (kept for one turn only)
 * @param personIn while a person has the conversation: a person has written to the customer (or an
 *     owner took the conversation over), so the customer knows someone is there; until then the bot
 *     answers every message with "it reached the team"
 * @param soonest the customer asked for the first free times ("asap") before the service was known:
 *     they are offered once it is (ADR 0058)
 * @param guests how many more people the customer is booking the service under way for ("for my
 *     daughter and me"): each gets an appointment after it, before the services {@code later}
 * @param guest the person the booking under way is for when it is not the customer ("" until their
 *     name is said); null for the customer's own
 * @param person which person of a party the booking under way is for (2 for the second, 3 for the
 *     third…); 0 for the customer's own
 * @param made the booking made (or moved) last in this conversation, which "right after" follows;
 *     kept when the goal is reset; null when none was
 * @param turnedDown times the customer said no to, or asked to be later or earlier than, in the
 *     booking under way: not offered again, even for another service (ADR 0087)
 * @param laterWishes the day and time said with a service in {@code later} ("and a gel manicure
 *     thursday at 4pm"), each naming its service; a service without one follows the booking before
 *     it (ADR 0087)
 * @param secondName the second of two names said at the name question ("Emma and Olivia", ADR
 *     0097): the name of the party's next appointment, not asked again; null when none was
 * @param guestServices the service said for each next person of the party when it is not the
 *     customer's ("I want a basic mani and she wants a gel", ADR 0103), in order; empty when each
 *     gets the customer's
 * @param named the staff members the bot named in its last reply ("Yes, Marta is working…"), whom
 *     "with her" means (ADR 0107); empty when it named none (kept for one turn only)
 */
public record DialogueState(
    Goal goal,
    Step awaiting,
    Slots slots,
    boolean anyResource,
    Long bookingId,
    List<Long> choices,
    List<Offer> offers,
    Offer pending,
    String customerName,
    boolean handoff,
    Language language,
    boolean botReturned,
    long heldAt,
    List<Long> later,
    Topic answered,
    boolean personIn,
    boolean soonest,
    int guests,
    String guest,
    int person,
    Long made,
    List<Instant> turnedDown,
    List<Slots> laterWishes,
    String secondName,
    List<Long> guestServices,
    List<Long> named) {

  public DialogueState {
    goal = goal == null ? Goal.NONE : goal;
    awaiting = awaiting == null ? Step.NONE : awaiting;
    slots = slots == null ? Slots.NONE : slots;
    choices = choices == null ? List.of() : List.copyOf(choices);
    offers = offers == null ? List.of() : List.copyOf(offers);
    later = later == null ? List.of() : List.copyOf(later);
    turnedDown = turnedDown == null ? List.of() : List.copyOf(turnedDown);
    laterWishes = laterWishes == null ? List.of() : List.copyOf(laterWishes);
    guestServices = guestServices == null ? List.of() : List.copyOf(guestServices);
    named = named == null ? List.of() : List.copyOf(named);
  }

  /** A new conversation, knowing the customer's name if an earlier one stored it. */
  public static DialogueState start(String knownName) {
    return new DialogueState(
        Goal.NONE,
        Step.NONE,
        Slots.NONE,
        false,
        null,
        List.of(),
        List.of(),
        null,
        knownName,
        false,
        null,
        false,
        0,
        List.of(),
        null,
        false,
        false,
        0,
        null,
        0,
        null,
        List.of(),
        List.of(),
        null,
        List.of(),
        List.of());
  }

  /**
   * Drops the goal and its slots; keeps who the customer is, their language, whether a person took
   * over (and since when the customer knows) and whether the bot still has to say it is back.
   */
  public DialogueState reset() {
    return start(customerName)
        .withHandoff(handoff)
        .withLanguage(language)
        .withBotReturned(botReturned)
        .withHeldAt(heldAt)
        .withPersonIn(personIn)
        .withMade(made);
  }

  /**
   * After a pause long enough to end the conversation's goal: as {@link #reset()}, and the booking
   * made last is no longer what "right after" follows.
   */
  public DialogueState afterInactivity() {
    return reset().withMade(null);
  }

  /**
   * Moving an existing booking, chosen already (a reminder's Move button): the reschedule goal, the
   * booking and its service settled, asking for the new day.
   */
  public DialogueState moving(long booking, long service) {
    return reset()
        .with(Goal.RESCHEDULE, Step.DATE)
        .withBooking(booking, List.of())
        .withSlots(Slots.NONE.withService(service));
  }

  DialogueState with(Goal g, Step step) {
    return edit(
        d -> {
          d.goal = g;
          d.awaiting = step;
        });
  }

  DialogueState withAwaiting(Step step) {
    return edit(d -> d.awaiting = step);
  }

  DialogueState withSlots(Slots newSlots) {
    return edit(d -> d.slots = newSlots);
  }

  DialogueState withAnyResource(boolean any) {
    return edit(d -> d.anyResource = any);
  }

  DialogueState withBooking(Long id, List<Long> newChoices) {
    return edit(
        d -> {
          d.bookingId = id;
          d.choices = newChoices;
        });
  }

  DialogueState withOffers(List<Offer> newOffers, Offer newPending) {
    return edit(
        d -> {
          d.offers = newOffers;
          d.pending = newPending;
        });
  }

  DialogueState withName(String name) {
    return edit(d -> d.customerName = name);
  }

  public DialogueState withHandoff(boolean h) {
    return edit(d -> d.handoff = h);
  }

  /** The same state, the bot's return still to be announced or not. */
  public DialogueState withBotReturned(boolean returned) {
    return edit(d -> d.botReturned = returned);
  }

  /** The same state, the customer told at {@code epochSecond} that a person will answer. */
  DialogueState withHeldAt(long epochSecond) {
    return edit(d -> d.heldAt = epochSecond);
  }

  /** The same state, a person having written to the customer during the handoff or not. */
  DialogueState withPersonIn(boolean in) {
    return edit(d -> d.personIn = in);
  }

  /** The same state with services still to offer after the booking under way. */
  DialogueState withLater(List<Long> services) {
    return edit(d -> d.later = services);
  }

  /** The same state, remembering what the bot just answered (null: nothing to follow up). */
  DialogueState withAnswered(Topic topic) {
    return edit(d -> d.answered = topic);
  }

  /** The same state, with or without the first free times still to offer ("asap"). */
  DialogueState withSoonest(boolean asap) {
    return edit(d -> d.soonest = asap);
  }

  /** The same state with that many more people to book the service under way for. */
  DialogueState withGuests(int more) {
    return edit(d -> d.guests = more);
  }

  /** The same state, the booking under way for someone else ("": name not yet said), or not. */
  DialogueState withGuest(String name) {
    return edit(d -> d.guest = name);
  }

  /** The same state, the booking under way for that person of a party (0: the customer). */
  DialogueState withPerson(int number) {
    return edit(d -> d.person = number);
  }

  /** The same state, remembering the booking just made or moved in this conversation. */
  DialogueState withMade(Long booking) {
    return edit(d -> d.made = booking);
  }

  /** The same state with the times turned down in the booking under way. */
  DialogueState withTurnedDown(List<Instant> times) {
    return edit(d -> d.turnedDown = times);
  }

  /** The same state with the day and time said with each service still to offer. */
  DialogueState withLaterWishes(List<Slots> wishes) {
    return edit(d -> d.laterWishes = wishes);
  }

  /** The same state with the second name said with the first, for the next appointment. */
  DialogueState withSecondName(String name) {
    return edit(d -> d.secondName = name);
  }

  /** The same state with the services said for the next people of the party (ADR 0103). */
  DialogueState withGuestServices(List<Long> services) {
    return edit(d -> d.guestServices = services);
  }

  /** The same state with the staff members the bot names in this turn's reply (ADR 0107). */
  DialogueState withNamed(List<Long> staff) {
    return edit(d -> d.named = staff);
  }

  /** The same state with the customer's language as this turn found it. */
  public DialogueState withLanguage(Language l) {
    return edit(d -> d.language = l);
  }

  private DialogueState edit(Consumer<DialogueStateDraft> change) {
    DialogueStateDraft d = new DialogueStateDraft(this);
    change.accept(d);
    return d.build();
  }
}
