package io.bookline.booking;

import io.bookline.understanding.Slots;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One turn in progress: the state as the goals change it, the sentences said so far and what the
 * turn may use (catalog, storage, words). Sentences said in one turn go out as one chat bubble.
 */
final class Turn {
  private DialogueState state;
  private final TurnContext ctx;
  private final Phrases phrases;
  private final List<Reply> replies = new ArrayList<>();
  private Long bookingId;
  private boolean explained;
  private boolean recapDue;
  // The booking being moved as read in this turn, so its length is read once, not per day searched.
  private BookingView beingMoved;

  Turn(DialogueState state, TurnContext ctx, Phrases phrases) {
    this.state = state;
    this.ctx = ctx;
    this.phrases = phrases;
  }

  DialogueState state() {
    return state;
  }

  Slots slots() {
    return state.slots();
  }

  void update(UnaryOperator<DialogueState> change) {
    state = change.apply(state);
  }

  TurnContext ctx() {
    return ctx;
  }

  Catalog catalog() {
    return ctx.catalog();
  }

  ZoneId zone() {
    return ctx.catalog().business().zone();
  }

  Phrases phrases() {
    return phrases;
  }

  // ------------------------------------------------------------ saying

  /** Adds a sentence. */
  void say(String id, Object... args) {
    replies.add(Reply.of(phrases.text(id, args)));
  }

  /** Adds a sentence with quick-reply options; the last options said in a turn are shown. */
  void ask(List<String> options, String id, Object... args) {
    replies.add(new Reply(phrases.text(id, args), options));
  }

  /** Gives the last sentence said other options. */
  void replaceOptions(List<String> options) {
    Reply last = replies.remove(replies.size() - 1);
    replies.add(new Reply(last.text(), options));
  }

  List<String> yesNo() {
    return List.of(phrases.text("option.yes"), phrases.text("option.no"));
  }

  /** What a customer can start with: book, prices, hours, their appointments. */
  List<String> startOptions() {
    return List.of(
        phrases.text("option.book"),
        phrases.text("option.prices"),
        phrases.text("option.hours"),
        phrases.text("option.my_appointments"));
  }

  /** The next four days the business is open ({@link DayOptions}). */
  List<String> dayOptions() {
    return DayOptions.from(ctx.now(), catalog(), phrases.messages());
  }

  /**
   * The times offered, as options: with their days when any is on another day than the one asked
   * for, as they were first shown ({@link TimeOffers}), so "11:00" never stands for another day.
   */
  List<String> offeredTimes() {
    LocalDate asked = state.slots().date();
    boolean otherDays =
        state.offers().stream()
            .anyMatch(o -> !o.start().atZone(zone()).toLocalDate().equals(asked));
    return state.offers().stream()
        .map(o -> otherDays ? phrases.when(o.start()) : phrases.time(o.start()))
        .toList();
  }

  /** Leaves the goal under way, changing nothing; the customer sees the ways to start again. */
  void stop() {
    boolean had = state.goal() != Goal.NONE;
    state = state.reset();
    ask(startOptions(), had ? "control.stopped" : "control.ok");
  }

  /** The customer's message changed what they want: say what was understood ({@link Recap}). */
  void understoodNew() {
    recapDue = true;
  }

  /** Whether what was understood is still to be said this turn; asking says it. */
  boolean takeRecap() {
    boolean due = recapDue;
    recapDue = false;
    return due;
  }

  /** A time just offered was taken meanwhile: the sentence that says so replaces other leads. */
  void taken(Instant start) {
    say("offer.taken", phrases.when(start));
    markExplained();
  }

  /** Why the time just offered cannot be booked was said; it replaces other leads. */
  void markExplained() {
    explained = true;
  }

  boolean explained() {
    return explained;
  }

  /** A booking was made or moved: also remembered in the state, for "right after" it. */
  void booked(long id) {
    bookingId = id;
    update(s -> s.withMade(id));
  }

  // ------------------------------------------------------------ storage

  BookingPort port() {
    return ctx.port();
  }

  /** From 18:00 business-local time a goodbye wishes a nice evening, not a nice day. */
  boolean evening() {
    return ctx.now().atZone(zone()).getHour() >= 18;
  }

  LocalDate today() {
    return ctx.now().atZone(zone()).toLocalDate();
  }

  List<BookingView> upcoming() {
    return ctx.port().upcoming(ctx.customerId(), ctx.now());
  }

  /** The existing booking this goal is about, while it is still upcoming. */
  Optional<BookingView> current() {
    Long id = state.bookingId();
    return id == null
        ? Optional.empty()
        : upcoming().stream().filter(b -> b.id() == id).findFirst();
  }

  /**
   * The service as the goal times it: while a booking is moved, at that booking's own length (end −
   * start as stored), as the owner's move keeps it (ADR 0114, 0117); else as it is now.
   */
  Service timed(Service service) {
    if (state.goal() != Goal.RESCHEDULE || state.bookingId() == null) {
      return service;
    }
    if (beingMoved == null || beingMoved.id() != state.bookingId()) {
      beingMoved = current().orElse(null);
    }
    return beingMoved == null || beingMoved.serviceId() != service.id()
        ? service
        : service.lasting(Duration.between(beingMoved.start(), beingMoved.end()));
  }

  /**
   * Free slots of a day, the service timed as the goal times it ({@link #timed}); the booking being
   * moved does not block its own new time.
   */
  List<Slot> freeSlots(Service untimed, LocalDate day, Long resource) {
    Service service = timed(untimed);
    Instant from = day.atStartOfDay(zone()).toInstant().minus(Duration.ofHours(12));
    Instant until = day.plusDays(1).atStartOfDay(zone()).toInstant().plus(Duration.ofHours(12));
    List<Busy> busy = ctx.port().busy(catalog().business().id(), from, until);
    if (state.goal() == Goal.RESCHEDULE && state.bookingId() != null) {
      long moving = state.bookingId();
      busy = busy.stream().filter(b -> b.bookingId() != moving).toList();
    }
    return Availability.freeSlots(catalog(), service, day, resource, busy, ctx.now());
  }

  /**
   * Free slots of a day to offer the customer: none that overlaps another booking of their own, as
   * they cannot sit in two chairs at once. A time they name themselves ({@code named}) is kept: two
   * services side by side may be meant, which the confirmation then notes ({@link BookFlow}). The
   * person booked with the customer (ADR 0058) is kept apart from their own bookings only: beside
   * the customer's is what a party asks for. Their bookings are read once for a whole search.
   */
  FreeTimes.DaySlots offerable(Service service, Long resource, Instant named) {
    String person = state.guest();
    Long moving = state.goal() == Goal.RESCHEDULE ? state.bookingId() : null;
    List<BookingView> own =
        "".equals(person)
            ? List.of()
            : upcoming().stream()
                .filter(b -> Objects.equals(b.guest(), person))
                .filter(b -> moving == null || b.id() != moving)
                .toList();
    // Not offered back: the time the booking being moved has now (it is free only because it is
    // the one moving), and the times the customer said no to in this booking, for any service.
    Set<Instant> notAgain = new HashSet<>(state.turnedDown());
    if (moving != null) {
      upcoming().stream().filter(b -> b.id() == moving).forEach(b -> notAgain.add(b.start()));
    }
    return day ->
        freeSlots(service, day, resource).stream()
            .filter(s -> s.start().equals(named) || !notAgain.contains(s.start()))
            .filter(s -> s.start().equals(named) || own.stream().noneMatch(b -> b.overlaps(s)))
            .toList();
  }

  /**
   * The customer said no to a time offered, or asked for one later or earlier: it is not offered
   * again while this booking is set up, even when the service changes (ADR 0087); named again, it
   * is theirs.
   */
  void turnDown(Instant start) {
    if (!state.turnedDown().contains(start)) {
      List<Instant> times = new ArrayList<>(state.turnedDown());
      times.add(start);
      update(s -> s.withTurnedDown(times));
    }
  }

  /** An offer of a slot, keyed so that confirming it twice books once. */
  Offer offer(Slot slot, Service service) {
    String key =
        ctx.conversationId()
            + "/"
            + service.id()
            + "/"
            + slot.resourceId()
            + "/"
            + slot.start().getEpochSecond()
            + "/v"
            + ctx.stateVersion();
    return Offer.of(slot, key);
  }

  // ------------------------------------------------------------ the result

  Outcome done() {
    // Several short replies read better as one chat bubble; the last options win.
    if (replies.size() <= 1) {
      return new Outcome(state, replies, bookingId);
    }
    StringBuilder text = new StringBuilder();
    List<String> options = List.of();
    for (Reply reply : replies) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(reply.text());
      if (!reply.options().isEmpty()) {
        options = reply.options();
      }
    }
    return new Outcome(state, List.of(new Reply(text.toString(), options)), bookingId);
  }
}
