package io.bookline.lifecycle;

import io.bookline.booking.DemoSeeder;
import io.bookline.config.ChannelsConfig;
import io.bookline.db.Schema.Businesses;
import io.bookline.db.Schema.ChannelAccounts;
import io.bookline.secret.SecretBox;
import io.bookline.secret.SecretKeys;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * A server database without {@code BOOKLINE_SECRET_KEY} seals channel secrets with the key kept in
 * {@code BOOKLINE_DATA_DIR/secret-box-key} (ADR 0029), by default {@code ./data}: relative to the
 * working directory. Started from another directory, or in a new container without its volume, the
 * instance makes a new key, and every channel an owner connected stops working without a sound
 * (webhooks 401, sends fail, readiness still 200). So start-up stops instead when the database
 * holds sealed channel secrets the kept key cannot open, and says how to go on. Accounts from the
 * environment ({@code WHATSAPP_PHONE_NUMBER_ID} …) are left out: start-up seals them again from the
 * environment anyway. With {@code BOOKLINE_SECRET_KEY} set nothing is checked: a row no configured
 * key opens is a key lost in a rotation, logged and re-entered by its owner (ADR 0029).
 */
public final class KeptKeyCheck {
  private KeptKeyCheck() {}

  /**
   * @throws IllegalStateException naming {@code BOOKLINE_SECRET_KEY} and the key file when sealed
   *     channel secrets are there that the kept key does not open
   */
  public static void require(DSLContext db, Path dataDir, ChannelsConfig environment) {
    List<Long> closed = unopenable(db, SecretKeys.keptKeyId(dataDir), environment);
    if (closed.isEmpty()) {
      return;
    }
    Path file = dataDir.resolve(SecretKeys.FILE).toAbsolutePath().normalize();
    throw new IllegalStateException(
        "BOOKLINE_SECRET_KEY is not set, and the key kept in "
            + file
            + " does not open the channel secrets of "
            + (closed.size() == 1 ? "1 channel account" : closed.size() + " channel accounts")
            + " in the database (id "
            + closed.stream().map(String::valueOf).collect(Collectors.joining(", "))
            + "): they were sealed with a key kept in another directory (another working"
            + " directory or BOOKLINE_DATA_DIR, or a container without its volume). Start with"
            + " BOOKLINE_DATA_DIR pointing at the directory that holds that "
            + SecretKeys.FILE
            + " (or copy the file there); or, to go on without those secrets, set"
            + " BOOKLINE_SECRET_KEY (the same on every instance) and have the owners enter them"
            + " again");
  }

  /** Ids of the accounts sealed under another key than {@code keptKeyId}, environment's aside. */
  static List<Long> unopenable(
      DSLContext db, Optional<String> keptKeyId, ChannelsConfig environment) {
    Optional<String> telegramSlug = environment.telegram().flatMap(t -> attachedTo(db));
    return db
        .select(
            ChannelAccounts.ID,
            ChannelAccounts.PLATFORM,
            ChannelAccounts.EXTERNAL_ID,
            DSL.field("{0} ->> '$sealed'", String.class, ChannelAccounts.SECRETS))
        .from(ChannelAccounts.T)
        .orderBy(ChannelAccounts.ID)
        .fetch()
        .stream()
        .filter(r -> !fromEnvironment(r, environment, telegramSlug))
        .filter(
            r ->
                SecretBox.keyId(r.get(3, String.class))
                    .map(id -> !Optional.of(id).equals(keptKeyId))
                    .orElse(false))
        .map(r -> r.get(ChannelAccounts.ID))
        .toList();
  }

  private static boolean fromEnvironment(
      Record r, ChannelsConfig environment, Optional<String> telegramSlug) {
    String externalId = r.get(ChannelAccounts.EXTERNAL_ID);
    return switch (r.get(ChannelAccounts.PLATFORM)) {
      case "whatsapp" ->
          environment.whatsapp().map(a -> Objects.equals(a.externalId(), externalId)).orElse(false);
      case "messenger" ->
          environment
              .messenger()
              .map(a -> Objects.equals(a.externalId(), externalId))
              .orElse(false);
      case "telegram" -> telegramSlug.map(externalId::equals).orElse(false);
      default -> false;
    };
  }

  /**
   * Where start-up attaches a Telegram bot from the environment: the demo, or the only business.
   */
  private static Optional<String> attachedTo(DSLContext db) {
    List<String> slugs =
        db.select(Businesses.SLUG)
            .from(Businesses.T)
            .orderBy(DSL.when(Businesses.SLUG.eq(DemoSeeder.SLUG), 0).otherwise(1))
            .limit(2)
            .fetch(Businesses.SLUG);
    if (slugs.isEmpty()) {
      return Optional.empty();
    }
    return slugs.getFirst().equals(DemoSeeder.SLUG) || slugs.size() == 1
        ? Optional.of(slugs.getFirst())
        : Optional.empty();
  }
}
