package io.bookline.booking;

import java.time.Duration;
import java.util.List;

/**
 * The business's change notice ({@link Business#changeNotice()}): a booking that starts sooner than
 * that is not cancelled or moved in the chat. The customer is told the policy and offered a person,
 * who can still change it through the owner API (issue 11).
 */
final class ChangeNotice {
  private ChangeNotice() {}

  /**
   * Whether the booking starts too soon to be changed here; if so, the turn says why (message
   * {@code messageId}: the booking, the notice) with "Talk to a person" as the option, and the goal
   * ends; a typed yes takes the offer as the button would.
   */
  static boolean refuses(Turn t, BookingView b, String messageId) {
    Duration notice = t.catalog().business().changeNotice();
    if (notice.isZero() || !b.start().isBefore(t.ctx().now().plus(notice))) {
      return false;
    }
    t.update(s -> s.reset().withAwaiting(Step.PERSON_OFFER));
    t.ask(
        List.of(t.phrases().text("option.person")),
        messageId,
        t.phrases().describe(b),
        t.phrases().duration(notice));
    return true;
  }
}
