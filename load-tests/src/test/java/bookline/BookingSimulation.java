package bookline;

import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;

/**
 * {@code booking}: {@code -Dusers} customers, arriving evenly over {@code -Dseconds}, each book one
 * appointment over signed WhatsApp webhooks (greeting, service, day, time, name, confirm), choosing
 * at random among what the bot offers and waiting for each reply before writing again.
 */
public class BookingSimulation extends Simulation {
  static final String[] STEPS = {"greeting", "service", "day", "time", "name", "confirm"};

  private final Settings settings = Settings.fromSystemProperties();
  private final Journal journal = new Journal(settings.journal());
  private final Conversations conversations = new Conversations(settings, journal);

  {
    setUp(
            scenario("booking")
                .exec(
                    conversations.converse(
                        n ->
                            new Customer(
                                conversations.user("bk", n),
                                Customer.Journey.BOOK,
                                Customer.Choice.RANDOM,
                                n,
                                3)))
                .injectOpen(rampUsers(settings.users()).during(settings.duration())))
        .protocols(conversations.protocol())
        .assertions(conversations.assertions(STEPS));
  }

  @Override
  public void after() {
    journal.close();
  }
}
