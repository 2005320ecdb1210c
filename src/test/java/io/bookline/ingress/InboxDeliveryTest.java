package io.bookline.ingress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bookline.Components;
import io.bookline.booking.CatalogRepository;
import io.bookline.booking.DemoSeeder;
import io.bookline.channel.Delivery;
import io.bookline.channel.InboundMessage;
import io.bookline.channel.Platform;
import io.bookline.config.ConfigLoader;
import io.bookline.db.Database;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A recorded message keeps how its channel delivers replies, so recovery after a crash answers a
 * web message in no outbox and a platform message through it.
 */
class InboxDeliveryTest {
  static final Instant SENT = TestApp.MONDAY_8AM_BERLIN;
  Database db;
  Inbox inbox;
  long business;

  @BeforeEach
  void start() {
    db = Database.start(ConfigLoader.load(Map.of("DATABASE_URL", TestPostgres.freshDatabase())));
    DemoSeeder.seedIfEmpty(db.dsl());
    business = new CatalogRepository(db.dsl()).bySlug("demo").orElseThrow().business().id();
    inbox = new Inbox(db.dsl(), Components.objectMapper(), TestApp.mondayMorning());
  }

  @AfterEach
  void stop() {
    db.close();
  }

  InboundMessage message(Platform platform, String id, Map<String, String> address, Delivery d) {
    return new InboundMessage(
        platform, business, "s-" + id, id, "hi", SENT, "{}", InboundMessage.Kind.TEXT, address, d);
  }

  Map<String, Delivery> recovered() {
    return inbox.due(0, SENT.plusSeconds(86_400 * 365), 10).stream()
        .collect(
            Collectors.toMap(p -> p.message().platformMessageId(), p -> p.message().delivery()));
  }

  @Test
  void a_recovered_message_is_delivered_as_its_channel_said_when_it_was_recorded() {
    inbox.record(message(Platform.WEB, "w1", Map.of(), Delivery.INLINE));
    inbox.record(message(Platform.WHATSAPP, "wa1", Map.of("to", "49"), Delivery.OUTBOX));
    // A channel may answer inline and still keep an address: the recorded delivery wins.
    inbox.record(message(Platform.of("kiosk"), "k1", Map.of("desk", "3"), Delivery.INLINE));
    assertEquals(
        Map.of("w1", Delivery.INLINE, "wa1", Delivery.OUTBOX, "k1", Delivery.INLINE), recovered());
  }

  @Test
  void a_row_recorded_before_deliveries_were_kept_is_answered_as_its_address_implies() {
    inbox.record(message(Platform.WEB, "w1", Map.of(), Delivery.INLINE));
    inbox.record(message(Platform.WHATSAPP, "wa1", Map.of("to", "49"), Delivery.OUTBOX));
    db.dsl().execute("UPDATE inbox SET payload = payload - 'delivery'");
    assertEquals(
        0,
        db.dsl()
            .fetchCount(DSL.table("inbox"), DSL.condition("payload ->> 'delivery' IS NOT NULL")));
    assertEquals(Map.of("w1", Delivery.INLINE, "wa1", Delivery.OUTBOX), recovered());
  }
}
