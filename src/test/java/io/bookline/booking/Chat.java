package io.bookline.booking;

import io.bookline.understanding.Language;
import io.bookline.understanding.Lexicon;
import io.bookline.understanding.Named;
import io.bookline.understanding.Reading;
import io.bookline.understanding.RuleUnderstanding;
import io.bookline.understanding.UnderstandingContext;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * One customer talking to the dialogue in memory, as the processor would drive it: the offline
 * understanding reads each message against the step the bot waits for, and the state carries over.
 */
final class Chat {
  private static final RuleUnderstanding RULES = new RuleUnderstanding(Lexicon.english());
  private static final RuleUnderstanding ALL = new RuleUnderstanding(Lexicon.all());

  private final BookingDialogue dialogue;
  private Catalog catalog;
  private final InMemoryBookingPort port;
  private final Supplier<Instant> clock;
  private final long customerId;
  private DialogueState state;
  private long version;
  private Reply last;
  private List<Reply> replies = List.of();
  private Long lastBooking;
  private Language language;

  Chat(
      BookingDialogue dialogue,
      Catalog catalog,
      InMemoryBookingPort port,
      Supplier<Instant> clock,
      long customerId) {
    this.dialogue = dialogue;
    this.catalog = catalog;
    this.port = port;
    this.clock = clock;
    this.customerId = customerId;
    this.state = DialogueState.start(null);
  }

  /** The owner changed the catalog (a closure added, hours changed) between two messages. */
  Chat catalog(Catalog changed) {
    this.catalog = changed;
    return this;
  }

  /** From now on the customer writes, and the bot answers, in this language. */
  Chat speaking(Language l) {
    this.language = l;
    return this;
  }

  /** Sends a message and returns the bot's text ("" when it stays silent). */
  String say(String text) {
    if (language == null) {
      return read(RULES.interpret(text, context()));
    }
    return read(ALL.interpret(text, context().in(language)));
  }

  /** Sends an already-made reading, as a language model would propose it. */
  String read(Reading reading) {
    Outcome o =
        dialogue.advance(
            state,
            reading,
            new TurnContext(
                catalog, clock.get(), customerId, customerId, version, port, language, false));
    state = o.state();
    version++;
    lastBooking = o.bookingId();
    replies = o.replies();
    last = o.replies().isEmpty() ? null : o.replies().get(o.replies().size() - 1);
    return o.replies().stream().map(Reply::text).reduce((a, b) -> a + "\n" + b).orElse("");
  }

  /** The replies of the last turn, one by one, as the processor keeps them in the history. */
  List<Reply> replies() {
    return replies;
  }

  /** The quick-reply options of the last reply. */
  List<String> options() {
    return last == null ? List.of() : last.options();
  }

  DialogueState state() {
    return state;
  }

  Long lastBooking() {
    return lastBooking;
  }

  private UnderstandingContext context() {
    var zone = catalog.business().zone();
    return new UnderstandingContext(
        clock.get().atZone(zone).toLocalDateTime(),
        zone,
        catalog.business().locale(),
        catalog.services().stream().map(s -> new Named(s.id(), s.name(), s.synonyms())).toList(),
        catalog.resources().stream().map(r -> new Named(r.id(), r.name())).toList(),
        state.awaiting().expecting());
  }
}
