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
 */
public final class BookingDialogue {

  /** Most times offered at once: enough to choose from, few enough to read on a phone. */
  static final int MAX_OFFERS = 6;

  /** How many following days are searched for a free time when the asked day has none. */
  static final int SEARCH_DAYS = 14;

  public Outcome advance(DialogueState state, Reading reading, TurnContext ctx) {
    Turn t = new Turn(state, ctx);
    return t.run(reading);
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
      if (r.intent() == Intent.NONE && !r.hasSlots() && r.choice() == null) {
        return notUnderstood();
      }
      if (r.personName() != null && (s.awaiting() == Step.NAME || s.customerName() == null)) {
        s = s.withName(r.personName());
        ctx.port().rememberName(ctx.customerId(), r.personName());
      }
      switch (r.intent()) {
        case RESTART -> {
          s = s.reset().with(Goal.BOOK, Step.NONE);
          say("Let's start over.");
          return next();
        }
        case STOP -> {
          boolean had = s.goal() != Goal.NONE;
          s = s.reset();
          say(had ? "OK, I've stopped. Nothing was booked." : "OK.", "Book an appointment");
          return done();
        }
        case ASK_PRICE, ASK_SERVICES -> {
          if (!r.hasSlots() || r.serviceId() != null && s.goal() == Goal.NONE) {
            answerPrices(r);
            return resumeOrOffer();
          }
        }
        case ASK_HOURS -> {
          say("We're open " + Say.hours(catalog) + ".");
          return resumeOrOffer();
        }
        case ASK_ADDRESS -> {
          String address = catalog.business().address();
          say(
              address == null || address.isBlank()
                  ? catalog.business().name() + " hasn't published an address here yet."
                  : catalog.business().name() + " is at " + address + ".");
          return resumeOrOffer();
        }
        case GREETING, THANKS -> {
          if (!r.hasSlots() && s.goal() == Goal.NONE) {
            return welcome(r.intent() == Intent.THANKS);
          }
        }
        default -> {
          // handled below
        }
      }
      if (s.goal() == Goal.NONE) {
        if (r.intent() == Intent.BOOK || r.hasSlots()) {
          s = s.with(Goal.BOOK, Step.NONE);
        } else {
          return welcome(false);
        }
      }
      return book(r);
    }

    // ------------------------------------------------------------ book

    private Outcome book(Reading r) {
      boolean changed = applySlots(r);
      if (!changed && s.awaiting() == Step.CONFIRM && s.pending() != null) {
        if (r.intent() == Intent.YES) {
          return confirm();
        }
        if (r.intent() == Intent.NO) {
          s = s.withOffers(s.offers(), null);
          say("No problem, nothing is booked. Pick another time, or say \"start over\".");
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
      if (r.serviceId() != null
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
        changed = true;
        if (r.time() == null) {
          // A new day with no time: keep a stated window ("after 4") but not an exact time.
          if (qualifier == TimeQualifier.AT) {
            time = null;
            qualifier = null;
          }
        }
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
      if (r.time() != null) {
        return offerAt(r.time());
      }
      return null;
    }

    private Offer offerAt(LocalTime time) {
      for (Offer o : s.offers()) {
        if (o.start().atZone(zone).toLocalTime().equals(time)) {
          return o;
        }
      }
      return null;
    }

    /** Asks for whatever is missing next, or confirms. */
    private Outcome next() {
      Optional<Service> service = catalog.service(s.serviceId());
      if (service.isEmpty()) {
        s = s.withAwaiting(Step.SERVICE);
        say(
            "Which service would you like? " + Say.priceList(catalog) + ".",
            Say.serviceNames(catalog));
        return done();
      }
      if (s.date() == null) {
        s = s.withAwaiting(Step.DATE);
        say("Which day would you like your " + service.get().name() + "?", dayOptions());
        return done();
      }
      if (s.pending() == null) {
        return offerTimes();
      }
      if (s.customerName() == null) {
        s = s.withAwaiting(Step.NAME);
        say("What name should I put the booking under?");
        return done();
      }
      return askConfirmation(service.get());
    }

    private Outcome askConfirmation(Service service) {
      Offer o = s.pending();
      String who = catalog.resource(o.resourceId()).map(res -> " with " + res.name()).orElse("");
      s = s.withAwaiting(Step.CONFIRM);
      say(
          service.name()
              + " on "
              + Say.when(o.start(), zone)
              + who
              + " for "
              + s.customerName()
              + ", "
              + Say.money(service.price(), catalog.business().currency())
              + ". Shall I book it?",
          List.of("Yes", "No"));
      return done();
    }

    private Outcome confirm() {
      Service service = catalog.service(s.serviceId()).orElseThrow();
      final Offer offered = s.pending();
      LocalDate onDay = offered.start().atZone(zone).toLocalDate();
      // The offer may be stale (notice period passed, hours changed): check it again.
      boolean valid =
          slotsOn(service, onDay, offered.resourceId()).stream()
              .anyMatch(x -> x.start().equals(offered.start()));
      Offer chosen = offered;
      BookingResult result = valid ? book(service, offered) : new BookingResult.Taken();
      if (result instanceof BookingResult.Taken && s.resourceId() == null) {
        // The customer asked for a time, not a person: anyone free at that time will do.
        Optional<Slot> other =
            slotsOn(service, onDay, null).stream()
                .filter(
                    x ->
                        x.start().equals(offered.start()) && x.resourceId() != offered.resourceId())
                .findFirst();
        if (other.isPresent()) {
          chosen = Offer.of(other.get(), key(other.get(), service));
          result = book(service, chosen);
        }
      }
      if (result instanceof BookingResult.Booked booked) {
        bookingId = booked.bookingId();
        String who =
            catalog.resource(chosen.resourceId()).map(res -> " with " + res.name()).orElse("");
        say(
            "Booked! "
                + service.name()
                + " on "
                + Say.when(chosen.start(), zone)
                + who
                + ". See you then, "
                + s.customerName()
                + "!");
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

    private BookingResult book(Service service, Offer o) {
      return ctx.port()
          .book(
              new BookingRequest(
                  catalog.business().id(),
                  ctx.customerId(),
                  service.id(),
                  o.slot(),
                  service.price(),
                  o.key()));
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
      if (day.isAfter(today.plusDays(catalog.business().horizonDays()))) {
        s =
            s.withSlots(s.serviceId(), null, s.time(), s.qualifier(), s.partOfDay(), s.resourceId())
                .withAwaiting(Step.DATE);
        say(
            "We take bookings up to "
                + catalog.business().horizonDays()
                + " days ahead. Which day before "
                + Say.day(today.plusDays(catalog.business().horizonDays() + 1L))
                + " would suit you?",
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
          s =
              s.withOffers(
                  List.of(Offer.of(exact.get(), key(exact.get(), service))),
                  Offer.of(exact.get(), key(exact.get(), service)));
          return next();
        }
        List<Slot> near = Availability.nearestOnDay(daySlots, wantedAt, 3);
        Slot otherDay = sameTimeOtherDay(service, day, wanted);
        List<Slot> alternatives = new ArrayList<>(near);
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
        String why =
            daySlots.isEmpty()
                ? ""
                : "Nothing is free " + windowText() + " on " + Say.day(day) + ".";
        if (!daySlots.isEmpty()) {
          return offer(service, spread(daySlots), why + " Other times that day:", false);
        }
        return noTimesOn(service, day, why);
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
                          + (s.resourceId() != null
                              ? " for "
                                  + catalog
                                      .resource(s.resourceId())
                                      .map(Resource::name)
                                      .orElse("them")
                              : "")
                          + ".");
      String text = lead.isBlank() ? reason : lead;
      for (int i = 1; i <= SEARCH_DAYS; i++) {
        LocalDate d = day.plusDays(i);
        List<Slot> slots = fitting(slotsOn(service, d, s.resourceId()));
        if (s.time() != null && s.qualifier() == TimeQualifier.AT) {
          slots = slotsOn(service, d, s.resourceId());
          if (!slots.isEmpty()) {
            Instant wantedAt = Availability.local(d.atTime(s.time()), zone);
            slots = Availability.nearestOnDay(slots, wantedAt, 3);
          }
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
      LocalDate first = slots.isEmpty() ? null : slots.get(0).start().atZone(zone).toLocalDate();
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
      return "";
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
    private Outcome resumeOrOffer() {
      if (s.goal() == Goal.BOOK) {
        if (s.awaiting() == Step.CONFIRM && s.pending() != null) {
          return askConfirmation(catalog.service(s.serviceId()).orElseThrow());
        }
        if (s.awaiting() == Step.TIME && !s.offers().isEmpty()) {
          List<String> labels = s.offers().stream().map(o -> Say.time(o.start(), zone)).toList();
          say("Which time would you like?", labels);
          return done();
        }
        return next();
      }
      replies.set(
          replies.size() - 1,
          new Reply(replies.get(replies.size() - 1).text(), withBook(Say.serviceNames(catalog))));
      return done();
    }

    private Outcome welcome(boolean thanks) {
      String hello = thanks ? "You're welcome!" : "Hi! This is " + catalog.business().name() + ".";
      say(
          hello
              + " I can book an appointment for you: "
              + String.join(", ", Say.serviceNames(catalog))
              + ". What would you like?",
          withBook(List.of("Prices", "Opening hours")));
      return done();
    }

    private List<String> withBook(List<String> more) {
      List<String> out = new ArrayList<>(List.of("Book an appointment"));
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
            case DATE -> "Which day would you like?";
            case TIME -> "Which time would you like?";
            case NAME -> "What name should I put the booking under?";
            case CONFIRM -> "Shall I book it? Please answer yes or no.";
            case NONE ->
                "I can book appointments and tell you our prices and opening hours. What would you like?";
          };
      List<String> options =
          switch (s.awaiting()) {
            case SERVICE -> Say.serviceNames(catalog);
            case DATE -> dayOptions();
            case TIME -> s.offers().stream().map(o -> Say.time(o.start(), zone)).toList();
            case CONFIRM -> List.of("Yes", "No");
            case NAME -> List.of();
            case NONE -> withBook(List.of("Prices", "Opening hours"));
          };
      say("Sorry, I didn't catch that. " + again, options);
      return done();
    }

    private void say(String text) {
      replies.add(Reply.of(text));
    }

    private void say(String text, String option) {
      replies.add(new Reply(text, List.of(option)));
    }

    private void say(String text, List<String> options) {
      replies.add(new Reply(text, options));
    }

    private Outcome done() {
      // Merge several short replies into one message: one chat bubble per turn reads better.
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
