package io.bookline.booking;

import io.bookline.understanding.Evidence;
import io.bookline.understanding.Reading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Who would do it?", "wer macht das?", "¿quién me lo haría?" while times are offered: the staff
 * member of each offered time, named in the customer's language, then the question for a time again
 * with the same options. Nothing the customer chose changes; the staff named are whom "with her"
 * means next ({@link DialogueState#named}).
 */
final class WhoOffered {
  private WhoOffered() {}

  /** Whether the reading asks who the times offered are with, and there are times offered. */
  static boolean applies(DialogueState s, Reading r) {
    return r.evidence().signs().contains(Evidence.Sign.WHO_DOES_IT)
        && s.awaiting() == Step.TIME
        && !s.offers().isEmpty();
  }

  /** Names who has each time offered: one name for all, else each staff member's times. */
  static void answer(Turn t) {
    List<String> times = t.offeredTimes();
    List<Offer> offers = t.state().offers();
    Map<String, List<String>> byStaff = new LinkedHashMap<>();
    // Whom this reply names is whom "with her" means next (ADR 0107).
    t.update(s -> s.withNamed(offers.stream().map(Offer::resourceId).distinct().toList()));
    for (int i = 0; i < offers.size(); i++) {
      String name =
          t.catalog().resource(offers.get(i).resourceId()).map(Resource::name).orElse("?");
      byStaff.computeIfAbsent(name, n -> new ArrayList<>()).add(times.get(i));
    }
    if (byStaff.size() == 1) {
      t.say("offer.all_with", byStaff.keySet().iterator().next());
    } else {
      List<String> each = new ArrayList<>();
      byStaff.forEach(
          (name, at) ->
              each.add(t.phrases().text("offer.times_with", name, String.join(", ", at))));
      t.say("offer.each_with", String.join("; ", each));
    }
    t.ask(times, "ask.time");
  }
}
