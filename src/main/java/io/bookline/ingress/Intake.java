package io.bookline.ingress;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.booking.Reply;
import io.bookline.channel.Channel;
import io.bookline.channel.Delivery;
import io.bookline.channel.InboundMessage;
import io.bookline.channel.OutboundMessage;
import io.bookline.channel.WebhookEvent;
import io.bookline.ops.RequestId;
import io.bookline.processor.TurnResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the events of one verified request: records every message in the inbox first (a duplicate
 * is recognised there), then hands each to the dispatcher. An inline channel's turns run now, so
 * their replies go into the response; the others run after the acknowledgement on a virtual thread,
 * at most as many at once as the database pool can serve, and one at a time while acknowledgements
 * queue for the inbox ({@link TurnGate}, ADR 0044).
 */
public final class Intake {
  private static final Logger LOG = LoggerFactory.getLogger(Intake.class);

  private final Inbox inbox;
  private final Dispatcher dispatcher;
  private final ExecutorService background;
  private final TurnGate gate;
  private final MeterRegistry metrics;
  private final CalendarLinks calendar;

  /**
   * Where an inline chat finds a booking's calendar file: its link, for the web chat to offer after
   * a booking is made or moved (issue 16; platforms get the file itself through the outbox).
   */
  @FunctionalInterface
  public interface CalendarLinks {
    Optional<String> of(long business, long booking);

    CalendarLinks NONE = (business, booking) -> Optional.empty();
  }

  public Intake(
      Inbox inbox,
      Dispatcher dispatcher,
      ExecutorService background,
      TurnGate gate,
      MeterRegistry metrics,
      CalendarLinks calendar) {
    this.calendar = calendar;
    this.inbox = inbox;
    this.dispatcher = dispatcher;
    this.background = background;
    this.gate = gate;
    this.metrics = metrics;
    metrics.gauge(
        "bookline.turns.background", List.of(Tag.of("state", "running")), gate, TurnGate::running);
    metrics.gauge(
        "bookline.turns.background", List.of(Tag.of("state", "waiting")), gate, TurnGate::waiting);
    metrics.gauge("bookline.intake.pressed", gate, g -> g.pressed() ? 1 : 0);
  }

  /**
   * What a request came to.
   *
   * @param replies the turns' replies rendered by the channel when it answers inline; empty
   *     otherwise
   */
  public record Accepted(int received, int ignored, List<ObjectNode> replies) {
    public Accepted {
      replies = List.copyOf(replies);
    }
  }

  public Accepted accept(Channel channel, List<WebhookEvent> events) {
    boolean inline = channel.delivery() == Delivery.INLINE;
    if (inline) {
      return answer(channel, record(channel, events));
    }
    // Only an acknowledgement presses the intake: an inline turn is a turn itself. The window
    // holds the flood guard's count as well: acknowledgements queue behind either.
    Recorded recorded = gate.recording(() -> record(channel, events));
    for (Turn t : recorded.turns()) {
      background.submit(() -> later(channel, t));
    }
    return new Accepted(recorded.turns().size(), recorded.ignored(), List.of());
  }

  /** A request's messages, each recorded in the inbox, and how many events were ignored. */
  private record Recorded(List<Turn> turns, int ignored) {}

  private Recorded record(Channel channel, List<WebhookEvent> events) {
    List<Turn> turns = new ArrayList<>();
    int ignored = 0;
    for (WebhookEvent e : events) {
      switch (e) {
        case WebhookEvent.Message m -> {
          Inbox.Recorded recorded = inbox.record(m.message(), channel.floodGuarded());
          count(channel, recorded.isNew() ? "message" : "duplicate");
          turns.add(new Turn(m.message(), recorded, System.nanoTime()));
        }
        case WebhookEvent.Ignored i -> {
          ignored++;
          count(channel, i.kind());
        }
      }
    }
    return new Recorded(turns, ignored);
  }

  /** An inline channel's turns, run now, their replies rendered for the response. */
  private Accepted answer(Channel channel, Recorded recorded) {
    List<ObjectNode> replies = new ArrayList<>();
    for (Turn t : recorded.turns()) {
      TurnResult result = dispatcher.dispatch(t.message(), t.recorded());
      ObjectNode last = null;
      for (Reply r : result.replies()) {
        OutboundMessage reply = new OutboundMessage(r.text(), r.options());
        last = channel.renderer().render(t.message().address(), reply);
        replies.add(last);
      }
      if (last != null && result.bookingId() != null && !result.repeated()) {
        ObjectNode withFile = last;
        calendar
            .of(t.message().businessId(), result.bookingId())
            .ifPresent(url -> withFile.put("calendar", url));
      }
    }
    return new Accepted(recorded.turns().size(), recorded.ignored(), replies);
  }

  /** A recorded message waiting for its turn, and when it was recorded ({@code nanoTime}). */
  private record Turn(InboundMessage message, Inbox.Recorded recorded, long recordedAt) {}

  /**
   * How the dispatcher should take a message that waited {@code waited} for its turn: as recorded,
   * or, once it waited as long as Recovery's sweep lets a row wait, as one that may have been
   * handled already. A sweep that got there first then costs one read instead of a whole turn that
   * fails at its commit.
   */
  static Inbox.Recorded asDispatched(Inbox.Recorded recorded, Duration waited) {
    return recorded.isNew() && waited.compareTo(Recovery.SWEEP_AFTER) >= 0
        ? new Inbox.Recorded(recorded.id(), false, recorded.held(), recorded.requestId())
        : recorded;
  }

  private void later(Channel channel, Turn turn) {
    // At most as many turns as the pool can serve, so none times out waiting for a connection
    // under a burst, and one at a time while acknowledgements queue; the rest wait their turn
    // here, already acknowledged.
    if (!gate.enter()) {
      return; // the instance is stopping: the inbox keeps the message for Recovery
    }
    // This thread's lines name the request that acknowledged the message, as the turn's do.
    RequestId.set(turn.recorded().requestId());
    try {
      Duration waited = Duration.ofNanos(System.nanoTime() - turn.recordedAt());
      dispatcher.dispatch(turn.message(), asDispatched(turn.recorded(), waited));
    } catch (RuntimeException ex) {
      // The inbox keeps it: the recovery sweep or the conversation's next message handles it.
      // The dispatcher counted the attempt and logs the row once (ADR 0019), so not here.
      LOG.debug("processing a {} message failed; it stays in the inbox", channel.platform(), ex);
    } finally {
      RequestId.set(null);
      gate.leave();
    }
  }

  /** Counts one event of a channel's webhook by kind (message, duplicate, status:read…). */
  void count(Channel channel, String kind) {
    metrics
        .counter("bookline.webhook.events", "platform", channel.platform().id(), "kind", kind)
        .increment();
  }
}
