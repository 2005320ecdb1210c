package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Unresolved;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "hi so I was thinking maybe a gel manicure if it's not too pricey, monday or tuesday afternoon
 * would be best, I'm Sophie", "ich bräuchte morgen oder übermorgen nachmittags eine Pediküre, was
 * kostet die?": a price asked in a message that also says the service and when. With nothing under
 * way the price is said and a booking starts with everything else the message said; answering the
 * price alone dropped the day, the part of the day and the name (ADR 0113). A price question naming
 * no day or time stays {@link AskFlow}'s; one beside a question about the day ("are you open on
 * monday?") too.
 */
final class PricedWish {
  private PricedWish() {}

  /** Questions whose subject is the day said, so that day is no wish to book. */
  private static final Set<Intent> ABOUT_THE_DAY =
      Set.of(Intent.ASK_HOURS, Intent.ASK_STAFF, Intent.ASK_SERVICES);

  /** The reading as a booking, its price said first, when it asks a price beside a wish. */
  static Reading place(Turn t, Reading r) {
    boolean priced = r.intent() == Intent.ASK_PRICE || r.intent() == Intent.ASK_LENGTH;
    if (!priced || t.state().goal() != Goal.NONE || r.serviceId() == null || !when(r)) {
      return r;
    }
    List<Intent> questions = r.evidence().mentions().questions();
    if (questions.stream().anyMatch(ABOUT_THE_DAY::contains)) {
      return r;
    }
    Optional<Service> service = t.catalog().service(r.serviceId());
    if (service.isEmpty()) {
      return r;
    }
    // With other questions beside it, AskFlow.answerEach says the price in the order asked.
    if (!questions.contains(r.intent())) {
      if (r.intent() == Intent.ASK_LENGTH) {
        t.say("answer.length_of", t.phrases().lengthOf(service.get()));
      } else {
        t.say("list.sentence", t.phrases().serviceLine(service.get()));
      }
    }
    return r.withIntent(Intent.BOOK);
  }

  /** Whether the reading says when: a day, a time, a part of the day, or days to choose from. */
  private static boolean when(Reading r) {
    return r.date() != null
        || r.time() != null
        || r.partOfDay() != null
        || r.evidence().unresolved().stream()
            .anyMatch(u -> u.what() == Unresolved.What.DATE && !u.days().isEmpty());
  }
}
