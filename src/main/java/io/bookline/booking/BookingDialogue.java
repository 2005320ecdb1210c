package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import io.bookline.understanding.TimeQualifier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The deterministic conversation: takes the state and one reading, checks every proposed slot
 * against the catalog and availability, and returns the next state and replies. A reading can only
 * select things that exist; it never supplies a price, a service or a free time.
 *
 * <p>Goals: book, reschedule and cancel are small state machines over {@link Step}; list, the
 * questions (prices, hours, address, services) and handoff are answered at once, and the customer
 * returns to where they were. Any turn may switch goal, correct a slot, start over or stop.
 */
public final class BookingDialogue {

  /** Most times offered at once: enough to choose from, few enough to read on a phone. */
  static final int MAX_OFFERS = 6;

  /** How many following days are searched for a free time when the asked day has none. */
  static final int SEARCH_DAYS = 14;

  public Outcome advance(DialogueState state, Reading reading, TurnContext ctx) {
    return new Turn(state, ctx).run(reading);
  }

  /** The state of one turn in progress. */
  private static final class Turn {
    private DialogueState s;
    private final TurnContext ctx;
    private final Catalog catalog;
    private final ZoneId zone;
    private final List<Reply> replies = new ArrayList<>();
    private Long bookingId;
    private boolean justTaken;

    Turn(DialogueState state, TurnContext ctx) {
      this.s = state;
      this.ctx = ctx;
      this.catalog = ctx.catalog();
      this.zone = catalog.business().zone();
    }

    Outcome run(Reading r) {
      if (s.handoff()) {
        // A person has the conversation; the bot only records what the customer writes.
        return done();
      }
      if (r.intent() == Intent.NONE
          && !r.hasSlots()
          && r.choice() == null
          && s.awaiting() != Step.RESOURCE) {
        return notUnderstood();
      }
      if (r.personName() != null && (s.awaiting() == Step.NAME || s.customerName() == null)) {
        s = s.withName(r.personName());
        ctx.port().rememberName(ctx.customerId(), r.personName());
      }
      switch (r.intent()) {
        case HANDOFF -> {
          ctx.port().handOff(ctx.conversationId());
          s = s.reset().withHandoff(true);
          say(
              "OK, I've asked a member of the team to take over. They'll reply here as soon as they can.");
          return done();
        }
        case RESTART -> {
          s = s.reset().with(Goal.BOOK, Step.NONE);
          say("Let's start over.");
          return next();
        }
        case STOP -> {
          return stop();
        }
        case LIST -> {
          listBookings();
          return resume();
        }
        case CANCEL -> {
          if (s.goal() == Goal.BOOK && ctx.port().upcoming(ctx.customerId(), ctx.now()).isEmpty()) {
            return stop();
          }
          s = s.reset().with(Goal.CANCEL, Step.NONE);
          return chooseBooking(r);
        }
        case RESCHEDULE -> {
          s = s.reset().with(Goal.RESCHEDULE, Step.NONE);
          return chooseBooking(r);
        }
        case ASK_PRICE, ASK_SERVICES -> {
          if (!r.hasSlots() || r.serviceId() != null && s.goal() == Goal.NONE) {
            answerPrices(r);
            return resume();
          }
        }
        case ASK_HOURS -> {
          say("We're open " + Say.hours(catalog) + ".");
          return resume();
        }
        case ASK_ADDRESS -> {
          String address = catalog.business().address();
          say(
              address == null || address.isBlank()
                  ? catalog.business().name() + " hasn't published an address here yet."
                  : catalog.business().name() + " is at " + address + ".");
          return resume();
        }
        case GREETING, THANKS -> {
          if (!r.hasSlots() && s.goal() == Goal.NONE) {
            return welcome(r.intent() == Intent.THANKS);
          }
        }
        default -> {
          // slot answers, yes/no and book are handled by the goal below
        }
      }
      return switch (s.goal()) {
        case NONE -> {
          if (r.intent() == Intent.BOOK || r.hasSlots()) {
            s = s.with(Goal.BOOK, Step.NONE);
            yield fill(r);
          }
          yield welcome(false);
        }
        case BOOK, RESCHEDULE -> fill(r);
        case CANCEL -> cancelTurn(r);
      };
    }

    private Outcome stop() {
      boolean had = s.goal() != Goal.NONE;
      s = s.reset();
      say(had ? "OK, I've stopped. Nothing was changed." : "OK.", List.of("Book an appointment"));
      return done();
    }

    // ------------------------------------------------------------ book and reschedule

    private Outcome fill(Reading r) {
      if (s.goal() == Goal.RESCHEDULE && s.bookingId() == null) {
        return chooseBooking(r);
      }
      if (s.awaiting() == Step.RESOURCE && r.resourceId() == null) {
        // Anything but a name ("anyone", "no preference", "whoever") means anyone free.
        s = s.withAnyResource(true);
      }
      boolean changed = applySlots(r);
      if (!changed && s.awaiting() == Step.CONFIRM && s.pending() != null) {
        if (r.intent() == Intent.YES) {
          return s.goal() == Goal.BOOK ? confirmBooking() : confirmMove();
        }
        if (r.intent() == Intent.NO) {
          s = s.withOffers(s.offers(), null);
          say("No problem, nothing is changed yet. Pick another time, or say \"start over\".");
          return offerTimes();
        }
      }
      if (!changed && s.awaiting() == Step.TIME && !s.offers().isEmpty()) {
        Offer picked = pick(r);
        if (picked != null) {
          s = s.withOffers(s.offers(), picked);
        }
      }
      return next();
    }

    /** Copies what the reading proposes into the state, after checking it against the catalog. */
    private boolean applySlots(Reading r) {
      Long service = s.serviceId();
      LocalDate date = s.date();
      LocalTime time = s.time();
      TimeQualifier qualifier = s.qualifier();
      var part = s.partOfDay();
      Long resource = s.resourceId();
      boolean changed = false;
      if (s.goal() == Goal.BOOK
          && r.serviceId() != null
          && catalog.service(r.serviceId()).isPresent()
          && !r.serviceId().equals(service)) {
        service = r.serviceId();
        changed = true;
      }
      if (r.resourceId() != null
          && catalog.resource(r.resourceId()).isPresent()
          && !r.resourceId().equals(resource)) {
        resource = r.resourceId();
        changed = true;
      }
      if (r.date() != null && !r.date().equals(date)) {
        date = r.date();
        // "actually Saturday" changes only the day: a time said earlier still holds.
        changed = true;
      }
      boolean timeMatchesOffer =
          r.time() != null
              && s.awaiting() == Step.TIME
              && r.date() == null
              && offerAt(r.time()) != null;
      if (r.time() != null
          && !timeMatchesOffer
          && (!r.time().equals(time) || r.qualifier() != qualifier)) {
        time = r.time();
        qualifier = r.qualifier() == null ? TimeQualifier.AT : r.qualifier();
        changed = true;
      }
      if (r.partOfDay() != null && r.time() == null && r.partOfDay() != part) {
        part = r.partOfDay();
        time = null;
        qualifier = null;
        changed = true;
      }
      if (changed) {
        s = s.withSlots(service, date, time, qualifier, part, resource).withOffers(List.of(), null);
      }
      return changed;
    }

    private Offer pick(Reading r) {
      List<Offer> offers = s.offers();
      if (r.choice() != null) {
        int i = r.choice() == -1 ? offers.size() - 1 : r.choice() - 1;
        return i >= 0 && i < offers.size() ? offers.get(i) : null;
      }
      return r.time() != null ? offerAt(r.time()) : null;
    }

    private Offer offerAt(LocalTime time) {
      for (Offer o : s.offers()) {
        if (o.start().atZone(zone).toLocalTime().equals(time)) {
          return o;
        }
      }
      return null;
    }

    /** Asks for whatever is missing next, or for confirmation. */
    private Outcome next() {
      Optional<Service> service = catalog.service(s.serviceId());
      if (service.isEmpty()) {
        s = s.withAwaiting(Step.SERVICE);
        say(
            "Which service would you like? " + Say.priceList(catalog) + ".",
            Say.serviceNames(catalog));
        return done();
      }
      if (s.goal() == Goal.BOOK
          && catalog.business().askForResource()
          && s.resourceId() == null
          && !s.anyResource()) {
        s = s.withAwaiting(Step.RESOURCE);
        List<String> names =
            new ArrayList<>(
                catalog.resourcesFor(service.get(), null).stream().map(Resource::name).toList());
        say(
            "Who would you like for your "
                + service.get().name()
                + "? "
                + String.join(", ", names)
                + ", or anyone free.",
            append(names, "Anyone"));
        return done();
      }
      if (s.date() == null) {
        s = s.withAwaiting(Step.DATE);
        say(
            "Which day would you like "
                + (s.goal() == Goal.RESCHEDULE
                    ? "to move it to?"
                    : "your " + service.get().name() + "?"),
            dayOptions());
        return done();
      }
      if (s.pending() == null) {
        return offerTimes();
      }
      if (s.goal() == Goal.BOOK && s.customerName() == null) {
        s = s.withAwaiting(Step.NAME);
        say("What name should I put the booking under?");
        return done();
      }
      return askConfirmation();
    }

    private Outcome askConfirmation() {
      Service service = catalog.service(s.serviceId()).orElseThrow();
      Offer o = s.pending();
      s = s.withAwaiting(Step.CONFIRM);
      if (s.goal() == Goal.RESCHEDULE) {
        BookingView old = current().orElse(null);
        String from = old == null ? "" : " from " + Say.when(old.start(), zone);
        say(
            "Move your "
                + service.name()
                + from
                + " to "
                + Say.when(o.start(), zone)
                + withWhom(o.resourceId())
                + "?",
            List.of("Yes", "No"));
        return done();
      }
      say(
          service.name()
              + " on "
              + Say.when(o.start(), zone)
              + withWhom(o.resourceId())
              + " for "
              + s.customerName()
              + ", "
              + Say.money(service.price(), catalog.business().currency())
              + ". Shall I book it?",
          List.of("Yes", "No"));
      return done();
    }

    private Outcome confirmBooking() {
      Service service = catalog.service(s.serviceId()).orElseThrow();
      return commit(
          service,
          o ->
              ctx.port()
                  .book(
                      new BookingRequest(
                          catalog.business().id(),
                          ctx.customerId(),
                          service.id(),
                          o.slot(),
                          service.price(),
                          o.key())),
          o ->
              "Booked! "
                  + service.name()
                  + " on "
                  + Say.when(o.start(), zone)
                  + withWhom(o.resourceId())
                  + ". See you then, "
                  + s.customerName()
                  + "!");
    }

    private Outcome confirmMove() {
      Service service = catalog.service(s.serviceId()).orElseThrow();
      long moving = s.bookingId();
      return commit(
          service,
          o -> ctx.port().reschedule(moving, ctx.customerId(), o.slot()),
          o ->
              "Done! Your "
                  + service.name()
                  + " is now on "
                  + Say.when(o.start(), zone)
                  + withWhom(o.resourceId())
                  + ".");
    }

    /**
     * Books or moves to the pending offer. When its staff member was taken meanwhile and the
     * customer did not ask for anyone in particular, anyone free at that time will do.
     */
    private Outcome commit(
        Service service,
        java.util.function.Function<Offer, BookingResult> action,
        java.util.function.Function<Offer, String> success) {
      final Offer offered = s.pending();
      LocalDate onDay = offered.start().atZone(zone).toLocalDate();
      // The offer may be stale (notice period passed, hours changed): check it again.
      boolean valid =
          slotsOn(service, onDay, offered.resourceId()).stream()
              .anyMatch(x -> x.start().equals(offered.start()));
      Offer chosen = offered;
      BookingResult result = valid ? action.apply(offered) : new BookingResult.Taken();
      if (result instanceof BookingResult.Taken && s.resourceId() == null) {
        Optional<Slot> other =
            slotsOn(service, onDay, null).stream()
                .filter(
                    x ->
                        x.start().equals(offered.start()) && x.resourceId() != offered.resourceId())
                .findFirst();
        if (other.isPresent()) {
          chosen = Offer.of(other.get(), key(other.get(), service));
          result = action.apply(chosen);
        }
      }
      if (result instanceof BookingResult.Booked booked) {
        bookingId = booked.bookingId();
        say(success.apply(chosen));
        s = s.reset();
        return done();
      }
      LocalTime wanted = offered.start().atZone(zone).toLocalTime();
      s =
          s.withSlots(s.serviceId(), onDay, wanted, TimeQualifier.AT, null, s.resourceId())
              .withOffers(List.of(), null);
      say("Sorry, " + Say.when(offered.start(), zone) + " was just taken.");
      justTaken = true;
      return offerTimes();
    }

    /** Shows free times for the chosen day, honouring a stated time or window. */
    private Outcome offerTimes() {
      Service service = catalog.service(s.serviceId()).orElseThrow();
      LocalDate day = s.date();
      LocalDate today = ctx.now().atZone(zone).toLocalDate();
      if (day.isBefore(today)) {
        s =
            s.withSlots(s.serviceId(), null, s.time(), s.qualifier(), s.partOfDay(), s.resourceId())
                .withAwaiting(Step.DATE);
        say(Say.day(day) + " has already passed. Which day would you like?", dayOptions());
        return done();
      }
      int horizon = catalog.business().horizonDays();
      if (day.isAfter(today.plusDays(horizon))) {
        s =
            s.withSlots(s.serviceId(), null, s.time(), s.qualifier(), s.partOfDay(), s.resourceId())
                .withAwaiting(Step.DATE);
        say(
            "We take bookings up to "
                + horizon
                + " days ahead, until "
                + Say.day(today.plusDays(horizon))
                + ". Which day would suit you?",
            dayOptions());
        return done();
      }
      List<Slot> daySlots = slotsOn(service, day, s.resourceId());
      List<Slot> fitting = fitting(daySlots);
      LocalTime wanted = s.time();
      if (wanted != null && s.qualifier() == TimeQualifier.AT) {
        Instant wantedAt = Availability.local(day.atTime(wanted), zone);
        Optional<Slot> exact =
            daySlots.stream().filter(x -> x.start().equals(wantedAt)).findFirst();
        if (exact.isPresent()) {
          Offer o = Offer.of(exact.get(), key(exact.get(), service));
          s = s.withOffers(List.of(o), o);
          return next();
        }
        List<Slot> alternatives = new ArrayList<>(Availability.nearestOnDay(daySlots, wantedAt, 3));
        Slot otherDay = sameTimeOtherDay(service, day, wanted);
        if (otherDay != null) {
          alternatives.add(otherDay);
        }
        String nothing = "Nothing is free at " + Say.time(wanted) + " on " + Say.day(day) + ".";
        if (alternatives.isEmpty()) {
          return noTimesOn(service, day, nothing);
        }
        return offer(
            service,
            alternatives,
            (justTaken ? "" : nothing + " ") + "The nearest free times:",
            true);
      }
      if (fitting.isEmpty()) {
        if (!daySlots.isEmpty()) {
          return offer(
              service,
              spread(daySlots),
              "Nothing is free " + windowText() + " on " + Say.day(day) + ". Other times that day:",
              false);
        }
        return noTimesOn(service, day, "");
      }
      if (s.qualifier() == TimeQualifier.AROUND && wanted != null) {
        Instant wantedAt = Availability.local(day.atTime(wanted), zone);
        return offer(
            service,
            Availability.nearestOnDay(fitting, wantedAt, MAX_OFFERS),
            "Free times around " + Say.time(wanted) + " on " + Say.day(day) + ":",
            false);
      }
      return offer(service, spread(fitting), "Free times on " + Say.day(day) + ":", false);
    }

    private Outcome noTimesOn(Service service, LocalDate day, String lead) {
      String reason =
          catalog
              .closureOn(day)
              .map(
                  c ->
                      "We're closed on "
                          + Say.day(day)
                          + (c.reason() == null ? "." : " (" + c.reason() + ")."))
              .orElse(
                  catalog.hoursOn(day.getDayOfWeek()).isEmpty()
                      ? "We're closed on "
                          + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                          + "s."
                      : "Sorry, "
                          + Say.day(day)
                          + " is fully booked"
                          + catalog.resource(s.resourceId()).map(x -> " for " + x.name()).orElse("")
                          + ".");
      String text = lead.isBlank() ? reason : lead;
      for (int i = 1; i <= SEARCH_DAYS; i++) {
        LocalDate d = day.plusDays(i);
        List<Slot> all = slotsOn(service, d, s.resourceId());
        List<Slot> slots;
        if (s.time() != null && s.qualifier() == TimeQualifier.AT) {
          slots =
              all.isEmpty()
                  ? all
                  : Availability.nearestOnDay(all, Availability.local(d.atTime(s.time()), zone), 3);
        } else {
          slots = fitting(all);
        }
        if (!slots.isEmpty()) {
          s = s.withSlots(s.serviceId(), d, s.time(), s.qualifier(), s.partOfDay(), s.resourceId());
          return offer(
              service, spread(slots), text + " The next free day is " + Say.day(d) + ":", false);
        }
      }
      s =
          s.withAwaiting(Step.DATE)
              .withSlots(
                  s.serviceId(), null, s.time(), s.qualifier(), s.partOfDay(), s.resourceId());
      say(
          text
              + " I found nothing free in the following "
              + SEARCH_DAYS
              + " days. Which other day would suit you?",
          dayOptions());
      return done();
    }

    private Outcome offer(Service service, List<Slot> slots, String lead, boolean showDays) {
      List<Offer> offers = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      LocalDate first = slots.get(0).start().atZone(zone).toLocalDate();
      boolean multipleDays =
          slots.stream().anyMatch(x -> !x.start().atZone(zone).toLocalDate().equals(first));
      for (Slot slot : slots) {
        offers.add(Offer.of(slot, key(slot, service)));
        labels.add(
            showDays && multipleDays ? Say.when(slot.start(), zone) : Say.time(slot.start(), zone));
      }
      s = s.withOffers(offers, null).withAwaiting(Step.TIME);
      say(lead + " " + String.join(", ", labels) + ". Which time suits you?", labels);
      return done();
    }

    /** Slots that respect a stated window: after/before a time, or a part of the day. */
    private List<Slot> fitting(List<Slot> slots) {
      List<Slot> out = new ArrayList<>();
      for (Slot x : slots) {
        LocalTime start = x.start().atZone(zone).toLocalTime();
        LocalTime end = x.end().atZone(zone).toLocalTime();
        if (s.time() != null && s.qualifier() == TimeQualifier.AFTER && start.isBefore(s.time())) {
          continue;
        }
        if (s.time() != null && s.qualifier() == TimeQualifier.BEFORE && end.isAfter(s.time())) {
          continue;
        }
        if (s.partOfDay() != null && !s.partOfDay().contains(start)) {
          continue;
        }
        out.add(x);
      }
      return out;
    }

    private String windowText() {
      if (s.time() != null && s.qualifier() == TimeQualifier.AFTER) {
        return "after " + Say.time(s.time());
      }
      if (s.time() != null && s.qualifier() == TimeQualifier.BEFORE) {
        return "before " + Say.time(s.time());
      }
      if (s.partOfDay() != null) {
        return "in the " + s.partOfDay().name().toLowerCase(Locale.ROOT);
      }
      return "then";
    }

    private Slot sameTimeOtherDay(Service service, LocalDate day, LocalTime wanted) {
      for (int i = 1; i <= 7; i++) {
        LocalDate d = day.plusDays(i);
        Instant at = Availability.local(d.atTime(wanted), zone);
        for (Slot x : slotsOn(service, d, s.resourceId())) {
          if (x.start().equals(at)) {
            return x;
          }
        }
      }
      return null;
    }

    private List<Slot> slotsOn(Service service, LocalDate day, Long resource) {
      Instant from = day.atStartOfDay(zone).toInstant().minus(Duration.ofHours(12));
      Instant until = day.plusDays(1).atStartOfDay(zone).toInstant().plus(Duration.ofHours(12));
      List<Busy> busy = ctx.port().busy(catalog.business().id(), from, until);
      if (s.goal() == Goal.RESCHEDULE && s.bookingId() != null) {
        // The booking being moved does not block its own new time.
        long moving = s.bookingId();
        busy = busy.stream().filter(b -> b.bookingId() != moving).toList();
      }
      return Availability.freeSlots(catalog, service, day, resource, busy, ctx.now());
    }

    /** At most {@link #MAX_OFFERS} slots spread evenly over the list. */
    private static List<Slot> spread(List<Slot> slots) {
      if (slots.size() <= MAX_OFFERS) {
        return slots;
      }
      List<Slot> out = new ArrayList<>();
      double step = (slots.size() - 1) / (double) (MAX_OFFERS - 1);
      for (int i = 0; i < MAX_OFFERS; i++) {
        Slot x = slots.get((int) Math.round(i * step));
        if (out.isEmpty() || !out.get(out.size() - 1).equals(x)) {
          out.add(x);
        }
      }
      out.sort(Comparator.comparing(Slot::start));
      return out;
    }

    private String key(Slot slot, Service service) {
      return ctx.conversationId()
          + "/"
          + service.id()
          + "/"
          + slot.resourceId()
          + "/"
          + slot.start().getEpochSecond()
          + "/v"
          + ctx.stateVersion();
    }

    private List<String> dayOptions() {
      LocalDate today = ctx.now().atZone(zone).toLocalDate();
      List<String> out = new ArrayList<>();
      for (int i = 0; i < 10 && out.size() < 4; i++) {
        LocalDate d = today.plusDays(i);
        if (catalog.hoursOn(d.getDayOfWeek()).isEmpty() || catalog.closureOn(d).isPresent()) {
          continue;
        }
        out.add(
            i == 0
                ? "Today"
                : i == 1
                    ? "Tomorrow"
                    : d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
      }
      return out;
    }

    private String withWhom(long resourceId) {
      return catalog.resource(resourceId).map(res -> " with " + res.name()).orElse("");
    }

    // ------------------------------------------------------------ existing bookings

    private Optional<BookingView> current() {
      if (s.bookingId() == null) {
        return Optional.empty();
      }
      return ctx.port().upcoming(ctx.customerId(), ctx.now()).stream()
          .filter(b -> b.id() == s.bookingId())
          .findFirst();
    }

    private String describe(BookingView b) {
      String service = catalog.service(b.serviceId()).map(Service::name).orElse("Appointment");
      return service + " on " + Say.when(b.start(), zone) + withWhom(b.resourceId());
    }

    private void listBookings() {
      List<BookingView> upcoming = ctx.port().upcoming(ctx.customerId(), ctx.now());
      if (upcoming.isEmpty()) {
        say("You have no upcoming appointments.");
        return;
      }
      List<String> lines = upcoming.stream().map(this::describe).toList();
      say(
          (upcoming.size() == 1 ? "Your upcoming appointment: " : "Your upcoming appointments: ")
              + String.join("; ", lines)
              + ".");
    }

    /** Finds which booking a reschedule or cancel is about, asking when it is not clear. */
    private Outcome chooseBooking(Reading r) {
      List<BookingView> upcoming = ctx.port().upcoming(ctx.customerId(), ctx.now());
      if (upcoming.isEmpty()) {
        s = s.reset();
        say(
            "You have no upcoming appointments"
                + (s.goal() == Goal.NONE ? "" : "")
                + " to change. Would you like to book one?",
            List.of("Book an appointment"));
        return done();
      }
      List<BookingView> candidates = upcoming;
      if (s.awaiting() == Step.WHICH_BOOKING && !s.choices().isEmpty()) {
        candidates = upcoming.stream().filter(b -> s.choices().contains(b.id())).toList();
        if (r.choice() != null) {
          List<Long> order = s.choices();
          int i = r.choice() == -1 ? order.size() - 1 : r.choice() - 1;
          if (i >= 0 && i < order.size()) {
            long id = order.get(i);
            candidates = candidates.stream().filter(b -> b.id() == id).toList();
          }
        }
      }
      List<BookingView> matching = matching(candidates, r);
      if (matching.size() == 1) {
        return select(matching.get(0), r);
      }
      if (upcoming.size() == 1) {
        return select(upcoming.get(0), r);
      }
      List<BookingView> shown = matching.isEmpty() ? candidates : matching;
      s =
          s.withBooking(null, shown.stream().map(BookingView::id).toList())
              .withAwaiting(Step.WHICH_BOOKING);
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < shown.size(); i++) {
        labels.add((i + 1) + ") " + describe(shown.get(i)));
      }
      String verb = s.goal() == Goal.CANCEL ? "cancel" : "move";
      say(
          "Which appointment would you like to " + verb + "? " + String.join("; ", labels) + ".",
          shown.stream()
              .map(
                  b ->
                      Say.day(b.start().atZone(zone).toLocalDate())
                          + " "
                          + Say.time(b.start(), zone))
              .toList());
      return done();
    }

    /** Bookings that fit what the customer said about them (service, day, time). */
    private List<BookingView> matching(List<BookingView> bookings, Reading r) {
      boolean pickingOld = s.awaiting() == Step.WHICH_BOOKING;
      List<BookingView> out = new ArrayList<>();
      for (BookingView b : bookings) {
        if (r.serviceId() != null && r.serviceId() != b.serviceId()) {
          continue;
        }
        // When rescheduling, a date or time said up front is usually the new one, not the old.
        if (pickingOld || s.goal() == Goal.CANCEL) {
          if (r.date() != null && !r.date().equals(b.start().atZone(zone).toLocalDate())) {
            continue;
          }
          if (r.time() != null && !r.time().equals(b.start().atZone(zone).toLocalTime())) {
            continue;
          }
        }
        out.add(b);
      }
      boolean said =
          r.serviceId() != null
              || (pickingOld || s.goal() == Goal.CANCEL) && (r.date() != null || r.time() != null);
      return said || bookings.size() == 1 ? out : List.of();
    }

    private Outcome select(BookingView b, Reading r) {
      s = s.withBooking(b.id(), List.of());
      if (s.goal() == Goal.CANCEL) {
        s = s.withAwaiting(Step.CONFIRM);
        say("Cancel your " + describe(b) + "?", List.of("Yes", "No"));
        return done();
      }
      s = s.withSlots(b.serviceId(), null, null, null, null, null).withAwaiting(Step.NONE);
      boolean wasPicking = r.choice() != null || s.awaiting() == Step.WHICH_BOOKING;
      Reading forNewTime = wasPicking ? Reading.nothing(r.source()) : r;
      applySlots(forNewTime);
      if (s.date() == null) {
        s = s.withAwaiting(Step.DATE);
        say("Your " + describe(b) + ". Which day would you like to move it to?", dayOptions());
        return done();
      }
      return next();
    }

    private Outcome cancelTurn(Reading r) {
      if (s.bookingId() == null) {
        return chooseBooking(r);
      }
      if (s.awaiting() == Step.CONFIRM && r.intent() == Intent.YES) {
        String what = current().map(this::describe).orElse("appointment");
        boolean cancelled = ctx.port().cancel(s.bookingId(), ctx.customerId(), "cancelled in chat");
        s = s.reset();
        say(
            cancelled
                ? "Cancelled your " + what + ". Hope to see you another time!"
                : "That appointment was already cancelled.",
            List.of("Book an appointment"));
        return done();
      }
      if (s.awaiting() == Step.CONFIRM && r.intent() == Intent.NO) {
        s = s.reset();
        say("OK, I've kept your appointment.");
        return done();
      }
      String what = current().map(this::describe).orElse("appointment");
      say("Shall I cancel your " + what + "? Please answer yes or no.", List.of("Yes", "No"));
      return done();
    }

    // ------------------------------------------------------------ other answers

    private void answerPrices(Reading r) {
      Optional<Service> one = catalog.service(r.serviceId());
      if (one.isPresent()) {
        say(Say.serviceLine(one.get(), catalog.business().currency()) + ".");
      } else {
        say("Our services: " + Say.priceList(catalog) + ".");
      }
    }

    /** After answering a question, go back to what the customer was doing. */
    private Outcome resume() {
      switch (s.goal()) {
        case BOOK, RESCHEDULE -> {
          if (s.goal() == Goal.RESCHEDULE && s.bookingId() == null) {
            List<Long> ids = s.choices();
            say(
                "Which appointment would you like to move?",
                ids.stream().map(String::valueOf).toList());
            return done();
          }
          if (s.awaiting() == Step.CONFIRM && s.pending() != null) {
            return askConfirmation();
          }
          if (s.awaiting() == Step.TIME && !s.offers().isEmpty()) {
            say(
                "Which time would you like?",
                s.offers().stream().map(o -> Say.time(o.start(), zone)).toList());
            return done();
          }
          return next();
        }
        case CANCEL -> {
          String what = current().map(this::describe).orElse("appointment");
          say("Shall I still cancel your " + what + "?", List.of("Yes", "No"));
          return done();
        }
        case NONE -> {
          Reply last = replies.remove(replies.size() - 1);
          replies.add(
              new Reply(
                  last.text(), append(List.of("Book an appointment"), Say.serviceNames(catalog))));
          return done();
        }
      }
      return done();
    }

    private Outcome welcome(boolean thanks) {
      String hello = thanks ? "You're welcome!" : "Hi! This is " + catalog.business().name() + ".";
      say(
          hello
              + " I can book an appointment for you: "
              + String.join(", ", Say.serviceNames(catalog))
              + ". What would you like?",
          List.of("Book an appointment", "Prices", "Opening hours", "My appointments"));
      return done();
    }

    private static List<String> append(List<String> first, String... more) {
      List<String> out = new ArrayList<>(first);
      out.addAll(List.of(more));
      return out;
    }

    private static List<String> append(List<String> first, List<String> more) {
      List<String> out = new ArrayList<>(first);
      for (String m : more) {
        if (!out.contains(m)) {
          out.add(m);
        }
      }
      return out;
    }

    private Outcome notUnderstood() {
      String again =
          switch (s.awaiting()) {
            case SERVICE -> "Which service would you like?";
            case RESOURCE -> "Who would you like, or anyone free?";
            case DATE -> "Which day would you like?";
            case TIME -> "Which time would you like?";
            case NAME -> "What name should I put the booking under?";
            case CONFIRM -> "Please answer yes or no.";
            case WHICH_BOOKING -> "Which appointment do you mean?";
            case NONE ->
                "I can book, move or cancel appointments and tell you our prices and opening hours. What would you like?";
          };
      List<String> options =
          switch (s.awaiting()) {
            case SERVICE -> Say.serviceNames(catalog);
            case DATE -> dayOptions();
            case TIME -> s.offers().stream().map(o -> Say.time(o.start(), zone)).toList();
            case CONFIRM -> List.of("Yes", "No");
            case NAME, RESOURCE, WHICH_BOOKING -> List.of();
            case NONE ->
                List.of("Book an appointment", "Prices", "Opening hours", "My appointments");
          };
      say("Sorry, I didn't catch that. " + again, options);
      return done();
    }

    private void say(String text) {
      replies.add(Reply.of(text));
    }

    private void say(String text, List<String> options) {
      replies.add(new Reply(text, options));
    }

    private Outcome done() {
      // Several short replies read better as one chat bubble; the last options win.
      if (replies.size() > 1) {
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
        return new Outcome(s, List.of(new Reply(text.toString(), options)), bookingId);
      }
      return new Outcome(s, replies, bookingId);
    }
  }
}
