package bookline;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;

/**
 * {@code soak}: a steady mix for {@code -Dseconds}: {@code -Drate} new customers per second, of
 * whom 40 % book, 10 % book and then ask for their bookings, 10 % book and then cancel, 10 % book
 * and then move the booking, and 30 % only ask about prices, hours and the address. Customers are
 * spread over every instance in {@code -Dbases}. A customer told there is no free time leaves
 * politely (see {@link Customer}), so the mix runs on once the calendar is full.
 */
public class SoakSimulation extends Simulation {
  /**
   * Steps with reply-time assertions: those every soak has. Cancelling, moving and leaving happen
   * only after a booking (or none was free), and Gatling fails an assertion on a step never taken.
   */
  static final String[] STEPS = {
    "greeting", "service", "day", "time", "name", "confirm", "question"
  };

  private final Settings settings = Settings.fromSystemProperties();
  private final Journal journal = new Journal(settings.journal());
  private final Conversations conversations = new Conversations(settings, journal);

  /** The n-th customer's journey: the mix repeats every 10 customers. */
  static Customer.Journey journey(long n) {
    int slot = (int) (n % 10);
    return switch (slot) {
      case 0, 1, 2, 3 -> Customer.Journey.BOOK;
      case 4 -> Customer.Journey.BOOK_THEN_LIST;
      case 5 -> Customer.Journey.BOOK_THEN_CANCEL;
      case 6 -> Customer.Journey.BOOK_THEN_MOVE;
      default -> Customer.Journey.ASK;
    };
  }

  {
    setUp(
            scenario("soak")
                .exec(
                    conversations.converse(
                        n ->
                            new Customer(
                                conversations.user("sk", n),
                                journey(n),
                                Customer.Choice.RANDOM,
                                n,
                                3)))
                .injectOpen(constantUsersPerSec(settings.rate()).during(settings.duration())))
        .protocols(conversations.protocol())
        .assertions(conversations.assertions(STEPS));
  }

  @Override
  public void after() {
    journal.close();
  }
}
