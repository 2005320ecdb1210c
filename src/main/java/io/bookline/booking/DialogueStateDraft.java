package io.bookline.booking;

import io.bookline.understanding.Language;
import io.bookline.understanding.Slots;
import java.time.Instant;
import java.util.List;

/**
 * A copy of a {@link DialogueState} to change in place: the state's withers go through it, so none
 * repeats the field list. It holds the mechanism of copying; what each field means is documented on
 * the record.
 */
final class DialogueStateDraft {
  Goal goal;
  Step awaiting;
  Slots slots;
  boolean anyResource;
  Long bookingId;
  List<Long> choices;
  List<Offer> offers;
  Offer pending;
  String customerName;
  boolean handoff;
  Language language;
  boolean botReturned;
  long heldAt;
  List<Long> later;
  Topic answered;
  boolean personIn;
  boolean soonest;
  int guests;
  String guest;
  int person;
  Long made;
  List<Instant> turnedDown;
  List<Slots> laterWishes;
  String secondName;
  List<Long> guestServices;
  List<Long> named;

  DialogueStateDraft(DialogueState s) {
    goal = s.goal();
    awaiting = s.awaiting();
    slots = s.slots();
    anyResource = s.anyResource();
    bookingId = s.bookingId();
    choices = s.choices();
    offers = s.offers();
    pending = s.pending();
    customerName = s.customerName();
    handoff = s.handoff();
    language = s.language();
    botReturned = s.botReturned();
    heldAt = s.heldAt();
    later = s.later();
    answered = s.answered();
    personIn = s.personIn();
    soonest = s.soonest();
    guests = s.guests();
    guest = s.guest();
    person = s.person();
    made = s.made();
    turnedDown = s.turnedDown();
    laterWishes = s.laterWishes();
    secondName = s.secondName();
    guestServices = s.guestServices();
    named = s.named();
  }

  DialogueState build() {
    return new DialogueState(
        goal,
        awaiting,
        slots,
        anyResource,
        bookingId,
        choices,
        offers,
        pending,
        customerName,
        handoff,
        language,
        botReturned,
        heldAt,
        later,
        answered,
        personIn,
        soonest,
        guests,
        guest,
        person,
        made,
        turnedDown,
        laterWishes,
        secondName,
        guestServices,
        named);
  }
}
