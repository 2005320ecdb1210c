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
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook acknowledgement latency: signed WhatsApp text messages, each from its own sender, at a
 * steady rate. The 200 comes after the inbox insert; the turn and the reply happen afterwards.
 * Settings: -Dbase (http://127.0.0.1:8080), -Dsecret, -Dphone, -Drate (per second), -Dseconds.
 */
public class WebhookAckSimulation extends Simulation {
  static final String BASE = System.getProperty("base", "http://127.0.0.1:8080");
  static final String SECRET = System.getProperty("secret", "load-test-secret");
  static final String PHONE = System.getProperty("phone", "15550001111");
  static final int RATE = Integer.getInteger("rate", 100);
  static final int SECONDS = Integer.getInteger("seconds", 10);
  static final AtomicLong SEQ = new AtomicLong();
  static final String[] TEXTS = {"hi", "what are your prices?", "gel manicure tomorrow", "when are you open?", "basic manicure friday at 4"};

  static String body(long n) {
    long now = System.currentTimeMillis() / 1000;
    String text = TEXTS[(int) (n % TEXTS.length)];
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\",\"value\":{"
        + "\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"1\",\"phone_number_id\":\"" + PHONE + "\"},"
        + "\"messages\":[{\"from\":\"load" + n + "\",\"id\":\"wamid.load." + n + "." + now + "\",\"timestamp\":\"" + now + "\","
        + "\"type\":\"text\",\"text\":{\"body\":\"" + text + "\"}}]}}]}]}";
  }

  static String sign(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  HttpProtocolBuilder protocol = http.baseUrl(BASE).contentTypeHeader("application/json").shareConnections();

  ScenarioBuilder webhook =
      scenario("whatsapp webhook")
          .exec(
              session -> {
                String body = body(SEQ.incrementAndGet());
                return session.set("body", body).set("signature", sign(body));
              })
          .exec(
              http("ack")
                  .post("/webhooks/whatsapp")
                  .header("X-Hub-Signature-256", "#{signature}")
                  .body(StringBody("#{body}"))
                  .check(status().is(200)));

  {
    setUp(webhook.injectOpen(constantUsersPerSec(RATE).during(SECONDS)))
        .protocols(protocol)
        .assertions(global().successfulRequests().percent().is(100.0));
  }
}
