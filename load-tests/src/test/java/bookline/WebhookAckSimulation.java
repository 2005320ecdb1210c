package bookline;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ack}: webhook acknowledgement latency. Signed WhatsApp text messages, each from its own
 * sender, at a steady rate ({@code -Drate} per second for {@code -Dseconds}). The 200 comes after
 * the inbox insert; the turn and the reply happen afterwards, and the correctness check verifies
 * them once the backlog has drained.
 */
public class WebhookAckSimulation extends Simulation {
  static final String[] TEXTS = {
    "hi",
    "what are your prices?",
    "gel manicure tomorrow",
    "when are you open?",
    "basic manicure friday at 4"
  };

  private final Settings settings = Settings.fromSystemProperties();
  private final Journal journal = new Journal(settings.journal());
  private final AtomicLong seq = new AtomicLong();

  HttpProtocolBuilder protocol =
      http.baseUrl(settings.bases().get(0))
          .warmUp(settings.bases().get(0) + "/health/live")
          .contentTypeHeader("application/json")
          .shareConnections();

  ScenarioBuilder webhook =
      scenario("whatsapp webhook")
          .exec(
              session -> {
                long n = seq.incrementAndGet();
                String user = "ack" + settings.run() + "u" + n;
                String id = "wamid." + user + ".1";
                String text = TEXTS[(int) (n % TEXTS.length)];
                long now = System.currentTimeMillis();
                String body = WhatsAppWebhook.text(settings.phone(), user, id, text, now / 1000);
                return session
                    .set("user", user)
                    .set("messageId", id)
                    .set("text", text)
                    .set("sentAt", now)
                    .set("body", body)
                    .set("signature", WhatsAppWebhook.sign(settings.secret(), body));
              })
          .exec(
              http("ack")
                  .post("/webhooks/whatsapp")
                  .header("X-Hub-Signature-256", "#{signature}")
                  .body(StringBody("#{body}"))
                  .check(status().is(200)))
          .exitHereIfFailed()
          .exec(
              session -> {
                journal.acked(
                    session.getString("user"),
                    session.getString("messageId"),
                    "ack",
                    session.getString("text"),
                    session.getLong("sentAt"));
                // One message is all this customer sends: acknowledged, it is done, and the check
                // holds it to one turn and one reply like any other.
                journal.outcome(session.getString("user"), "acked", 1);
                return session;
              });

  {
    setUp(webhook.injectOpen(constantUsersPerSec(settings.rate()).during(settings.duration())))
        .protocols(protocol)
        .assertions(global().successfulRequests().percent().is(100.0));
  }

  @Override
  public void after() {
    journal.close();
  }
}
