package bookline;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A run's settings, from system properties (run.sh passes them; each has a default for running a
 * simulation by hand against one instance on port 8080 and the fake platform on 9099).
 *
 * @param bases Bookline instances, comma-separated ({@code -Dbases}); users are spread over them
 * @param fake the fake platform ({@code -Dfake}) that records the bot's replies
 * @param secret the WhatsApp app secret that signs webhooks ({@code -Dsecret})
 * @param phone the WhatsApp phone number id of the demo business ({@code -Dphone})
 * @param run a tag unique to the run, part of every sender id ({@code -Drun})
 * @param users customers in the run ({@code -Dusers})
 * @param rate new customers per second, for open-model scenarios ({@code -Drate})
 * @param duration how long customers keep arriving ({@code -Dseconds})
 * @param replyWait how long a customer waits for a reply before giving up ({@code
 *     -DreplyWaitSeconds})
 * @param p95Millis the Gatling assertion on each step's 95th percentile reply time ({@code -Dp95})
 * @param maxErrorPercent the Gatling assertion on failed requests ({@code -DmaxErrorPercent})
 * @param journal where the journal of sent messages goes ({@code -Djournal})
 * @param killOne whether run.sh kills an instance mid-run ({@code -DkillOne}): refused webhook
 *     deliveries are then expected, and only failed replies count against the error limit
 */
record Settings(
    List<String> bases,
    String fake,
    String secret,
    String phone,
    String run,
    int users,
    double rate,
    Duration duration,
    Duration replyWait,
    int p95Millis,
    double maxErrorPercent,
    String journal,
    boolean killOne) {

  static Settings fromSystemProperties() {
    return new Settings(
        Arrays.stream(
                System.getProperty("bases", System.getProperty("base", "http://127.0.0.1:8080"))
                    .split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(s -> s.replaceAll("/+$", ""))
            .toList(),
        System.getProperty("fake", "http://127.0.0.1:9099").replaceAll("/+$", ""),
        System.getProperty("secret", "load-test-secret"),
        System.getProperty("phone", "15550001111"),
        System.getProperty("run", Long.toString(System.currentTimeMillis() / 1000, 36)),
        Integer.getInteger("users", 20),
        Double.parseDouble(System.getProperty("rate", "2")),
        Duration.ofSeconds(Long.getLong("seconds", 30)),
        Duration.ofSeconds(Long.getLong("replyWaitSeconds", 60)),
        Integer.getInteger("p95", 5000),
        Double.parseDouble(System.getProperty("maxErrorPercent", "1")),
        System.getProperty("journal", "target/journal.jsonl"),
        Boolean.getBoolean("killOne"));
  }

  /** The instance a user's delivery goes to: the n-th user starts on the n-th instance. */
  String base(long user, int shift) {
    return bases.get((int) ((user + shift) % bases.size()));
  }
}
