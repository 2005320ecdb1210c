package bookline;

import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * {@code contention}: {@code -Dusers} customers arrive within one second and all take the first
 * service, day and time offered, so they confirm the same slot at the same moment; a customer told
 * the time is gone takes the first alternative offered and confirms again (three tries). The
 * correctness check then holds every confirmation to a booking or to an honest "gone" with
 * alternatives, and Postgres to no overlapping bookings.
 */
public class ContentionSimulation extends Simulation {
  static final String[] STEPS = {"greeting", "service", "day", "time", "name", "confirm"};

  private final Settings settings = Settings.fromSystemProperties();
  private final Journal journal = new Journal(settings.journal());
  private final Conversations conversations = new Conversations(settings, journal);

  {
    setUp(
            scenario("contention")
                .exec(
                    conversations.converse(
                        n ->
                            new Customer(
                                conversations.user("ct", n),
                                Customer.Journey.BOOK,
                                Customer.Choice.FIRST,
                                n,
                                3)))
                .injectOpen(rampUsers(settings.users()).during(Duration.ofSeconds(1))))
        .protocols(conversations.protocol())
        .assertions(conversations.assertions(STEPS));
  }

  @Override
  public void after() {
    journal.close();
  }
}
