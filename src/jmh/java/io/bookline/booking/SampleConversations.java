package io.bookline.booking;

import io.bookline.config.LlmConfig;
import io.bookline.understanding.HistoryLine;
import io.bookline.understanding.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Sessions as real turns leave them, for the heap benchmark: the demo nail studio's dialogue, run
 * in memory with the offline understanding, on scripted customers. Each sample is the state and the
 * history (the customer's line and one line per reply, the newest {@link LlmConfig#DEFAULT_HISTORY}
 * kept) that the processor would store after the conversation's last turn.
 */
public final class SampleConversations {
  /** A conversation's kind and its share of the idle sessions an instance holds, in percent. */
  public enum Kind {
    /** Booked step by step: greeting, service, day, a time from the list, name, yes. */
    BOOKED(35),
    /** Booked in one message, then asked "what bookings do I have?". */
    BOOKED_THEN_LISTED(15),
    /** Asked prices, opening hours and the address. */
    ASKED(20),
    /** Left while the free times were offered: the state holds the offers. */
    LEFT_AT_OFFERS(15),
    /** Left when asked to confirm: the state holds the picked offer. */
    LEFT_AT_CONFIRM(10),
    /** Said hello and nothing more. */
    GREETED(5);

    public final int percent;

    Kind(int percent) {
      this.percent = percent;
    }
  }

  /** One conversation's state and history after its last turn. */
  public record Sample(Kind kind, DialogueState state, List<HistoryLine> history, int turns) {}

  private static final String[] SERVICES = {"basic manicure", "gel manicure", "pedicure"};
  private static final String[] DAYS = {"tomorrow", "wednesday", "thursday", "friday"};
  private static final String[] PICKS = {"the first one", "the second one", "the third one"};
  private static final String[] NAMES = {"Ned", "Lia", "Nora Lee", "Jonas", "Marie Dubois"};

  private SampleConversations() {}

  /** {@code perKind} conversations of every kind, each with its own customer, choices varying. */
  public static List<Sample> generate(int perKind) {
    InMemoryBookingPort port = new InMemoryBookingPort();
    BookingDialogue dialogue = new BookingDialogue();
    Catalog catalog = NailStudio.catalog();
    List<Sample> out = new ArrayList<>();
    long customer = 1;
    for (Kind kind : Kind.values()) {
      for (int i = 0; i < perKind; i++) {
        Chat chat = new Chat(dialogue, catalog, port, () -> NailStudio.MONDAY_8AM, customer++);
        out.add(converse(kind, chat, script(kind, i)));
      }
    }
    return out;
  }

  private static List<String> script(Kind kind, int i) {
    String service = SERVICES[i % SERVICES.length];
    String day = DAYS[i % DAYS.length];
    String name = NAMES[i % NAMES.length];
    return switch (kind) {
      case BOOKED ->
          List.of(
              "Hi",
              "I'd like to book an appointment",
              service,
              day,
              PICKS[i % PICKS.length],
              name,
              "yes");
      case BOOKED_THEN_LISTED ->
          List.of(service + " " + day + " at " + (10 + i % 7), name, "yes", "what bookings do I have?");
      case ASKED -> List.of("what are your prices?", "when are you open?", "where are you?");
      case LEFT_AT_OFFERS -> List.of("Hi", service, day);
      case LEFT_AT_CONFIRM -> List.of(service + " " + day + " at " + (9 + i % 8), name);
      case GREETED -> List.of("Hi");
    };
  }

  private static Sample converse(Kind kind, Chat chat, List<String> messages) {
    List<HistoryLine> history = new ArrayList<>();
    for (String text : messages) {
      chat.say(text);
      history.add(new HistoryLine(HistoryLine.CUSTOMER, text));
      chat.replies().forEach(r -> history.add(new HistoryLine(HistoryLine.BOT, r.text())));
    }
    int keep = LlmConfig.DEFAULT_HISTORY;
    List<HistoryLine> kept = history.subList(Math.max(0, history.size() - keep), history.size());
    // The processor sets the language of every turn it runs; the in-memory chat does not.
    DialogueState state = chat.state().withLanguage(Language.EN);
    return new Sample(kind, state, List.copyOf(kept), messages.size());
  }
}
