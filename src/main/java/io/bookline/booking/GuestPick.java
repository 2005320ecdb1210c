package io.bookline.booking;

import io.bookline.understanding.Reading;
import io.bookline.understanding.Whom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A booking picked by whom it is for (ADR 0086): "cancel Lily's appointment", "den für Lily", "la
 * de Lily", or "Lily's" as the answer to "which one?". The name is matched case and accents aside
 * against the guests' names, and the customer's own name picks their own bookings. A name no
 * booking has is said so, with the bookings there are; a word that is a service's or a staff
 * member's ("la de Marta", "la cita de manicura") is no person's name, and picks nothing here.
 */
final class GuestPick {
  private GuestPick() {}

  /**
   * The name the customer picks a booking by, or null when none: the one said as whose booking, or
   * at "which one?" a bare name that a booking listed is for.
   */
  static String name(Turn t, Reading r, List<BookingView> candidates) {
    Whom whom = r.evidence().whom();
    if (whom.name() != null && !whom.notComing()) {
      boolean someone = !of(t, candidates, whom.name()).isEmpty();
      return someone || !catalogWord(t, whom.name()) ? whom.name() : null;
    }
    String bare = r.personName();
    if (bare != null
        && t.state().awaiting() == Step.WHICH_BOOKING
        && candidates.stream().anyMatch(b -> Whom.same(bare, b.guest()))) {
      return bare;
    }
    return null;
  }

  /** The bookings of {@code bookings} for the person named: a guest's, or the customer's own. */
  static List<BookingView> of(Turn t, List<BookingView> bookings, String name) {
    boolean own = Whom.same(name, t.state().customerName());
    return bookings.stream()
        .filter(
            b -> Whom.same(name, b.guest()) || own && (b.guest() == null || b.guest().isBlank()))
        .toList();
  }

  /** "You have no appointment for Tom." and the bookings there are, to pick from. */
  static void noneFor(Turn t, String name, List<BookingView> shown, String question) {
    t.say("bookings.none_for", name);
    BookingChoice.ask(
        t, shown.stream().sorted(Comparator.comparing(BookingView::start)).toList(), question);
  }

  /** Whether the word is one of a service's names or words, or a staff member's name. */
  private static boolean catalogWord(Turn t, String word) {
    List<String> names = new ArrayList<>();
    for (Service s : t.catalog().services()) {
      names.add(s.name());
      names.addAll(s.names().values());
      names.addAll(s.synonyms());
      s.synonymsByLanguage().values().forEach(names::addAll);
    }
    t.catalog().resources().forEach(r -> names.add(r.name()));
    return names.stream()
        .flatMap(n -> Stream.of(n.split("\\s+")))
        .anyMatch(w -> Whom.same(w, word));
  }
}
