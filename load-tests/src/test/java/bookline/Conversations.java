package bookline;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.tryMax;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * The Gatling side of a customer: send a signed webhook, wait for the bot's reply on the fake
 * platform, decide what to say next, until the conversation ends.
 *
 * <p>Each step is a Gatling group named after what the customer answers (greeting, service, day,
 * time, name, confirm, question, list) holding two requests: {@code ack}, the signed webhook POST
 * (a failed one is delivered again with the same message id, to the next instance, as a platform
 * behind a load balancer would), and {@code reply}, a long poll on the fake platform that returns
 * as soon as the reply is recorded. The group's duration (gatling.conf: useGroupDurationMetric) is
 * the time from sending the message to receiving the reply.
 */
final class Conversations {
  static final int ACK_TRIES = 5;
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final TypeReference<List<Customer.BotMessage>> REPLIES = new TypeReference<>() {};

  private final Settings settings;
  private final Journal journal;
  private final AtomicLong users = new AtomicLong();

  Conversations(Settings settings, Journal journal) {
    this.settings = settings;
    this.journal = journal;
  }

  /** Local traffic only; the warm-up request goes to the first instance's liveness route. */
  HttpProtocolBuilder protocol() {
    return http.warmUp(settings.bases().get(0) + "/health/live")
        .contentTypeHeader("application/json")
        .shareConnections();
  }

  /** One customer's whole conversation; {@code customers} makes the n-th customer. */
  ChainBuilder converse(LongFunction<Customer> customers) {
    return exec(session -> {
          long n = users.getAndIncrement();
          Customer c = customers.apply(n);
          return say(
              session.set("customer", c).set("userNo", n).set("turn", 0).set("shift", 0),
              c.start());
        })
        .asLongAs(session -> session.contains("text"))
        .on(
            exec(prepare())
                .group("#{step}")
                .on(deliver().doIf(session -> !session.isFailed()).then(awaitReply()))
                .doIf(Session::isFailed)
                .then(exec(session -> ended(session, "unanswered")).exitHere())
                .exec(this::read))
        .exec(session -> ended(session, null));
  }

  /**
   * Journals how the conversation ended: the customer's outcome, or {@code unanswered} when a
   * message was refused on every try or its reply never came (the check counts that as stuck).
   */
  private Session ended(Session session, String how) {
    Customer c = session.get("customer");
    String outcome = how != null ? how : c.outcome() == null ? "stuck" : c.outcome();
    journal.outcome(c.user, outcome, c.turns());
    return session;
  }

  /** A sender id unique to the run: the check finds the run's conversations by it. */
  String user(String prefix, long n) {
    return prefix + settings.run() + "u" + n;
  }

  private static Session say(Session session, Customer.Say say) {
    if (say == null) {
      return session.remove("text");
    }
    return session.set("step", say.step()).set("text", say.text());
  }

  private ChainBuilder prepare() {
    return exec(
        session -> {
          Customer c = session.get("customer");
          int turn = session.getInt("turn") + 1;
          String id = "wamid." + c.user + "." + turn;
          long now = System.currentTimeMillis();
          String body =
              WhatsAppWebhook.text(
                  settings.phone(), c.user, id, session.getString("text"), now / 1000);
          return session
              .set("turn", turn)
              .set("messageId", id)
              .set("sentAt", now)
              .set("body", body)
              .set("signature", WhatsAppWebhook.sign(settings.secret(), body))
              .set("user", c.user)
              .set("seen", c.seen());
        });
  }

  /**
   * The webhook POST. A failed delivery is repeated (same message id) on the next instance, and the
   * customer stays there, as a load balancer would take a dead instance out of rotation.
   */
  private ChainBuilder deliver() {
    return tryMax(ACK_TRIES, "attempt")
        .on(
            exec(session -> {
                  int shift = session.getInt("shift") + (session.getInt("attempt") > 0 ? 1 : 0);
                  String base = settings.base(session.getLong("userNo"), shift);
                  return session.set("shift", shift).set("ackUrl", base + "/webhooks/whatsapp");
                })
                .doIf(session -> session.getInt("attempt") > 0)
                .then(pause(Duration.ofMillis(500)))
                .exec(
                    http("ack")
                        .post("#{ackUrl}")
                        .header("X-Hub-Signature-256", "#{signature}")
                        .body(StringBody("#{body}"))
                        .check(status().is(200), jsonPath("$.received").ofInt().is(1))))
        .doIf(session -> !session.isFailed())
        .then(exec(this::acked));
  }

  private Session acked(Session session) {
    Customer c = session.get("customer");
    journal.acked(
        c.user,
        session.getString("messageId"),
        session.getString("step"),
        session.getString("text"),
        session.getLong("sentAt"));
    return session;
  }

  /** Long poll: the fake platform answers as soon as a reply to this customer is recorded. */
  private ChainBuilder awaitReply() {
    return exec(
        http("reply")
            .get(settings.fake() + "/sent")
            .queryParam("to", "#{user}")
            .queryParam("after", "#{seen}")
            .queryParam("wait", settings.replyWait().toMillis())
            .requestTimeout(settings.replyWait().plusSeconds(10))
            .check(
                status().is(200), jsonPath("$[0].text").exists(), bodyString().saveAs("replies")));
  }

  private Session read(Session session) {
    Customer c = session.get("customer");
    try {
      List<Customer.BotMessage> replies = JSON.readValue(session.getString("replies"), REPLIES);
      return say(session, c.next(replies));
    } catch (JsonProcessingException e) {
      return session.markAsFailed().remove("text");
    }
  }

  /**
   * Reply time limits per step, and error limits: no step may lose more than the allowed share of
   * replies; refused webhook deliveries count too, except when an instance is killed on purpose.
   */
  Assertion[] assertions(String... steps) {
    List<Assertion> all = new ArrayList<>();
    if (!settings.killOne()) {
      all.add(global().failedRequests().percent().lte(settings.maxErrorPercent()));
    }
    for (String step : steps) {
      all.add(details(step).responseTime().percentile(95).lt(settings.p95Millis()));
      all.add(details(step, "reply").failedRequests().percent().lte(settings.maxErrorPercent()));
    }
    return all.toArray(Assertion[]::new);
  }
}
