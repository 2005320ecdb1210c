package io.bookline.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.Components;
import io.bookline.ingress.Inbox;
import io.bookline.outbox.Outbox;
import io.bookline.support.TestApp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The queues' partial indexes ({@code … WHERE status = 'pending'}, {@code 'received'}) serve a
 * statement only when its status is written as a literal. pgjdbc prepares a statement on the server
 * after five runs, and Postgres may then plan it once for any parameter: with the status as a
 * parameter that generic plan cannot use a partial index. Under load the outbox claim then went
 * through the whole table once per pending row (2.3 s a claim at 3,000 pending replies), and the
 * replies drained at about 30 a second. This checks the SQL each hot queue statement sends.
 */
class PartialIndexPredicateTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  final List<String> sql = new CopyOnWriteArrayList<>();

  DSLContext recording() {
    ExecuteListener listener =
        new ExecuteListener() {
          @Override
          public void executeStart(ExecuteContext ctx) {
            sql.add(ctx.sql());
          }
        };
    return app.app().database().dsl().configuration().derive(listener).dsl();
  }

  @Test
  void the_outbox_claim_and_renewal_name_the_pending_status_literally() {
    Outbox outbox = new Outbox(recording(), Clock.systemUTC(), Components.objectMapper());
    try {
      outbox.claim(10);
      outbox.renew(List.of(1L, 2L));
    } finally {
      outbox.close();
    }
    assertThat(sql).hasSize(3);
    assertThat(sql.get(0)).as("the claim's own planner settings (ADR 0040)").contains("set_config");
    assertThat(sql.get(1))
        .as("the claim: the due rows and the earlier ones of their conversation")
        .contains("outbox.status = 'pending'", "head.status = 'pending'");
    assertThat(sql.get(1))
        .as("the claim goes with its values written in, planned for the table as it is")
        .doesNotContain("?");
    assertThat(sql.get(2)).contains("outbox.status = 'pending'");
  }

  @Test
  void the_inbox_walks_name_the_received_status_literally() {
    Inbox inbox = new Inbox(recording(), Components.objectMapper(), Clock.systemUTC());
    try {
      inbox.waiting("whatsapp:1:2", 10);
      inbox.due(0, Instant.now(), 10);
    } finally {
      inbox.close();
    }
    assertThat(sql).hasSize(2).allSatisfy(s -> assertThat(s).contains("status = 'received'"));
  }
}
