package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * "I want to talk to a person": the conversation waits for staff. The bot does not answer what the
 * customer writes meanwhile (a person will), but it never leaves them in silence either: until a
 * person has written (or taken the conversation over), every message is told it has reached the
 * team; after that, a message after {@link #QUIET} without a word from the bot or a person. Outside
 * opening hours, both say when the business opens again (ADR 0048, 0064).
 */
final class HandoffFlow implements GoalFlow {
  /** How long after the customer was last told (or a person last wrote) the bot says it again. */
  static final Duration QUIET = Duration.ofMinutes(30);

  @Override
  public Goal goal() {
    return Goal.NONE;
  }

  @Override
  public boolean takes(DialogueState state, Reading r) {
    // "vale y hay algo esta tarde?": a yes that asks something new is about the new question;
    // "yes please, I'm Sam" only says who is asking.
    return r.intent() == Intent.HANDOFF
        || r.intent() == Intent.COMPLAINT
        || r.intent() == Intent.YES
            && state.awaiting() == Step.PERSON_OFFER
            && r.slots().isEmpty()
            && r.evidence().unresolved().isEmpty();
  }

  @Override
  public Then start(Turn t, Reading r) {
    Instant now = t.ctx().now();
    t.port().handOff(t.ctx().conversationId());
    t.update(s -> s.reset().withHandoff(true).withHeldAt(now.getEpochSecond()).withPersonIn(false));
    // A complaint is no booking: an apology, and a person answers it (ADR 0092).
    t.say(r.intent() == Intent.COMPLAINT ? "handoff.complaint" : "handoff.asked");
    whenOpen(t, now);
    return Then.DONE;
  }

  /**
   * A message while a person has the conversation: told it reached the team, unless a person is
   * talking with the customer and the customer has not waited long.
   */
  static void held(Turn t) {
    Instant now = t.ctx().now();
    if (t.state().personIn()
        && Duration.between(Instant.ofEpochSecond(t.state().heldAt()), now).compareTo(QUIET) < 0) {
      return;
    }
    t.update(s -> s.withHeldAt(now.getEpochSecond()));
    t.say("handoff.waiting");
    whenOpen(t, now);
  }

  /** "open again today at 09:00", "tomorrow at 09:00", else the day itself. */
  private static void whenOpen(Turn t, Instant now) {
    NextOpening.from(t.catalog(), now)
        .filter(open -> open.isAfter(now))
        .ifPresent(
            open -> {
              ZoneId zone = t.zone();
              long days =
                  ChronoUnit.DAYS.between(
                      now.atZone(zone).toLocalDate(), open.atZone(zone).toLocalDate());
              if (days == 0) {
                t.say("handoff.closed_today", t.phrases().time(open));
              } else if (days == 1) {
                t.say("handoff.closed_tomorrow", t.phrases().time(open));
              } else {
                t.say("handoff.closed", t.phrases().when(open));
              }
            });
  }
}
