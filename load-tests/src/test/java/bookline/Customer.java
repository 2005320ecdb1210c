package bookline;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One customer's side of a WhatsApp conversation: decides what to write next from the bot's last
 * reply. It chooses among the options the bot actually offered, and reads the shape of a reply
 * (options that are clock times, other options, none) rather than its wording, so rephrasing the
 * bot does not break the load test.
 *
 * <p>A booking goes greeting → service → day → time → name → confirm. Only a reply without options
 * ("Booked! …") is a booking. A time that is gone by the confirmation comes back with other times;
 * the customer takes one and confirms again. A staff member taken meanwhile comes back as the same
 * question with whoever is free then (options that are neither times nor days: a yes or a no); the
 * customer says yes again. Either way, up to {@code maxConfirms} confirmations in all. The bot
 * going back to the days it offered (after a day, a time or a yes: no time offered, as nothing is
 * free that day nor in the fortnight after it) is answered once with another offered day; the
 * second time, the customer says "never mind", reads the answer and leaves: told there is no free
 * time, not stuck. Days are told from a yes-or-no question by being options the bot offered when it
 * asked for the day. Moving a booking goes the same way from the day on (no service, no name).
 * Mutable, owned by one Gatling virtual user.
 */
final class Customer {
  /** What a customer wants from the conversation. */
  enum Journey {
    /** Book one appointment. */
    BOOK,
    /** Book, then ask which appointments they have. */
    BOOK_THEN_LIST,
    /** Book, then cancel that booking. */
    BOOK_THEN_CANCEL,
    /** Book, then move that booking to another day and time. */
    BOOK_THEN_MOVE,
    /** Ask about prices and opening hours, book nothing. */
    ASK
  }

  /** How a customer chooses among offered options. */
  enum Choice {
    /** Any offered option: customers spread over services, days and times. */
    RANDOM,
    /** Always the first offered option: every customer goes for the same slot. */
    FIRST
  }

  /** A message the bot sent, as the fake platform recorded it. */
  record BotMessage(String text, List<String> options) {}

  /** The next message to send, and the step it answers (the Gatling group it is reported in). */
  record Say(String step, String text) {}

  static final Pattern CLOCK_TIME = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\b");

  private static final List<String> GREETINGS =
      List.of(
          "Hi, I'd like to book an appointment",
          "Hello! I want to book an appointment",
          "hi, can I book an appointment?");
  private static final List<String> NAMES =
      List.of("Robin", "Alex", "Maria", "Jonas", "Sam", "Lea", "Noah", "Emma", "Lucas", "Mia");
  private static final List<String> QUESTIONS =
      List.of("what are your prices?", "when are you open?", "where are you?");

  /**
   * Turns after which a conversation that is going nowhere is given up (and reported). The longest
   * honest one takes 23: book after the days came back once and three confirmations of times gone
   * meanwhile (13), then move the same way (10).
   */
  static final int MAX_TURNS = 30;

  /** Times the bot goes back to the days (nothing free) after which the customer leaves. */
  static final int MAX_DAYS_WITHOUT_TIME = 2;

  final String user;
  private final Journey journey;
  private final Choice choice;
  private final Random random;
  private final int maxConfirms;
  private boolean moving;
  private boolean serviceChosen;
  private boolean timeChosen;
  private boolean nameGiven;
  private int confirms;
  private int daysWithoutTime;
  private int questions;
  private final Set<String> dayOptions = new HashSet<>();
  private String lastStep;
  private String outcome;
  private int turns;
  private int seen;

  Customer(String user, Journey journey, Choice choice, long seed, int maxConfirms) {
    this.user = user;
    this.journey = journey;
    this.choice = choice;
    this.random = new Random(seed);
    this.maxConfirms = maxConfirms;
  }

  /** The first message. */
  Say start() {
    return said(
        journey == Journey.ASK ? new Say("greeting", "hi") : new Say("greeting", pick(GREETINGS)));
  }

  /** Replies the customer has read so far: the next poll asks for the ones after these. */
  int seen() {
    return seen;
  }

  /**
   * Null until the conversation has ended; then booked, listed, cancelled, moved, gone (every time
   * confirmed was taken meanwhile), full (told no time is free, and left), asked, or stuck.
   */
  String outcome() {
    return outcome;
  }

  int turns() {
    return turns;
  }

  /** Reads the bot's new replies and returns what to write next, or null when done. */
  Say next(List<BotMessage> replies) {
    seen += replies.size();
    BotMessage last = replies.get(replies.size() - 1);
    if (turns >= MAX_TURNS) {
      return end("stuck");
    }
    if (journey == Journey.ASK) {
      return ask();
    }
    switch (lastStep) {
      case "leave" -> {
        return end("full");
      }
      case "list" -> {
        return end("listed");
      }
      case "cancel" -> {
        // "Cancel your … ? Yes / No": the first option is the yes.
        return last.options().isEmpty() || hasTimes(last)
            ? end("stuck")
            : said(new Say("cancel_confirm", last.options().get(0)));
      }
      case "cancel_confirm" -> {
        return hasTimes(last) ? end("stuck") : end("cancelled");
      }
      case "confirm", "move_confirm" -> {
        if (last.options().isEmpty()) {
          // Booked (or moved): "Booked! …" offers nothing more to choose.
          return moving ? end("moved") : afterBooking();
        }
        // Not booked: other times, or the same time with someone else asked again ("Anna was just
        // taken at 09:00, but Marta is free then. … Shall I book it?"), each one more try.
        if (!isDays(last) && confirms >= maxConfirms) {
          return end("gone");
        }
      }
      default -> {}
    }
    return fill(last);
  }

  /** What a customer does once booked, by journey. */
  private Say afterBooking() {
    return switch (journey) {
      case BOOK_THEN_LIST -> said(new Say("list", "what bookings do I have?"));
      case BOOK_THEN_CANCEL -> said(new Say("cancel", "I need to cancel my appointment"));
      case BOOK_THEN_MOVE -> {
        moving = true;
        timeChosen = false;
        confirms = 0;
        daysWithoutTime = 0;
        yield said(new Say("move", "can I move my appointment?"));
      }
      default -> end("booked");
    };
  }

  /** The next answer while booking or moving: a service, a day, a time, a name or the yes. */
  private Say fill(BotMessage last) {
    if (hasTimes(last)) {
      timeChosen = true;
      return said(new Say("time", pick(timeOptions(last))));
    }
    if (!last.options().isEmpty()) {
      if (!serviceChosen && !moving) {
        serviceChosen = true;
        return said(new Say("service", pick(last.options())));
      }
      if (!timeChosen) {
        dayOptions.addAll(last.options());
        // Days again after a day: nothing is free that day nor in the days the bot searched after.
        return "day".equals(lastStep)
            ? noTimeFree(last)
            : said(new Say("day", pick(last.options())));
      }
      if (isDays(last)) {
        // Back to the days after a time or a yes: it went meanwhile, and nothing else is free.
        timeChosen = false;
        return noTimeFree(last);
      }
      // After a time (and a name), other options ask for a yes: the first one is it.
      confirms++;
      return said(new Say(moving ? "move_confirm" : "confirm", last.options().get(0)));
    }
    if (timeChosen && !nameGiven && !moving) {
      nameGiven = true;
      return said(new Say("name", pick(NAMES)));
    }
    return end("stuck");
  }

  /** Told no time is free: another offered day, or the second time, leaving politely. */
  private Say noTimeFree(BotMessage days) {
    if (++daysWithoutTime >= MAX_DAYS_WITHOUT_TIME) {
      return said(new Say("leave", "never mind"));
    }
    return said(new Say("day", pick(days.options())));
  }

  /**
   * Whether a reply offers days: any of the options the bot offered when it asked for the day (a
   * yes-or-no question shares none; the days shift at midnight, so not all of them).
   */
  private boolean isDays(BotMessage m) {
    return m.options().stream().anyMatch(dayOptions::contains);
  }

  private Say ask() {
    if (questions >= QUESTIONS.size()) {
      return end("asked");
    }
    return said(new Say("question", QUESTIONS.get(questions++)));
  }

  private Say said(Say say) {
    lastStep = say.step();
    turns++;
    return say;
  }

  private Say end(String how) {
    outcome = how;
    return null;
  }

  private static boolean hasTimes(BotMessage m) {
    return m.options().stream().anyMatch(o -> CLOCK_TIME.matcher(o).find());
  }

  private static List<String> timeOptions(BotMessage m) {
    return m.options().stream().filter(o -> CLOCK_TIME.matcher(o).find()).toList();
  }

  private String pick(List<String> options) {
    return choice == Choice.FIRST ? options.get(0) : options.get(random.nextInt(options.size()));
  }
}
