package bookline;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;

/**
 * {@code soak}: a steady mix for {@code -Dseconds}: {@code -Drate} new customers per second, of
 * whom 60 % book, 20 % book and then ask for their bookings, and 20 % only ask about prices, hours
 * and the address. Customers are spread over every instance in {@code -Dbases}.
 */
public class SoakSimulation extends Simulation {
  static final String[] STEPS = {"greeting", "service", "day", "time", "name", "confirm"};

  private final Settings settings = Settings.fromSystemProperties();
  private final Journal journal = new Journal(settings.journal());
  private final Conversations conversations = new Conversations(settings, journal);

  static Customer.Journey journey(long n) {
    long slot = n % 10;
    if (slot < 6) {
      return Customer.Journey.BOOK;
    }
    return slot < 8 ? Customer.Journey.BOOK_THEN_LIST : Customer.Journey.ASK;
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
