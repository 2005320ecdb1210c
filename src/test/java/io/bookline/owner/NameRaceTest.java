package io.bookline.owner;

import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.Resources;
import static io.bookline.db.Schema.Services;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.ApiError;
import io.bookline.support.TestApp;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two owners (or two tabs of one) naming a service or a staff member, at the same instant, with
 * names the chat could not tell apart. Each write is held just before its INSERT or UPDATE until
 * the other has arrived there too, so both have passed the Java check ({@link CatalogWords}) before
 * either writes: Postgres alone can refuse the second (ADR 0047). The one that loses gets the same
 * 400 it would have got a moment later, never a 5xx, and one row is left.
 */
class NameRaceTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  static DSLContext db() {
    return app.app().database().dsl();
  }

  static long demo() {
    return db().select(Businesses.ID)
        .from(Businesses.T)
        .where(Businesses.SLUG.eq("demo"))
        .fetchSingle(Businesses.ID);
  }

  /** The pool's context, holding the first statement of each of two threads that starts so. */
  static DSLContext meetingAt(String statement) {
    CyclicBarrier both = new CyclicBarrier(2);
    ExecuteListener listener =
        new ExecuteListener() {
          @Override
          public void executeStart(ExecuteContext ctx) {
            if (ctx.sql().toLowerCase(Locale.ROOT).startsWith(statement) && !both.isBroken()) {
              try {
                both.await(10, SECONDS);
              } catch (Exception e) {
                throw new IllegalStateException("the other write never came", e);
              }
            }
          }
        };
    return db().configuration().derive(listener).dsl();
  }

  /** What one call ended in: its value, or the API error it answered. */
  record Outcome(Object value, ApiError error) {}

  static List<Outcome> atOnce(Callable<?> one, Callable<?> other) throws Exception {
    try (var threads = Executors.newFixedThreadPool(2)) {
      var a = threads.submit(() -> outcome(one));
      var b = threads.submit(() -> outcome(other));
      return List.of(a.get(30, SECONDS), b.get(30, SECONDS));
    }
  }

  private static Outcome outcome(Callable<?> call) throws Exception {
    try {
      return new Outcome(call.call(), null);
    } catch (ApiError e) {
      return new Outcome(null, e);
    }
  }

  /** One call wrote, the other got the Java check's 400 naming the winner's spelling. */
  static void oneWonAndTheOtherWasTold(List<Outcome> outcomes, String kind, String winnersName) {
    assertThat(outcomes).filteredOn(o -> o.error() == null).as("calls that wrote").hasSize(1);
    ApiError lost = outcomes.stream().filter(o -> o.error() != null).findFirst().get().error();
    assertThat(lost.status()).as(lost.getMessage()).isEqualTo(400);
    assertThat(lost.code()).isEqualTo("validation");
    assertThat(lost.details().get("fields"))
        .isEqualTo(Map.of("name", "a " + kind + " named '" + winnersName + "' already exists"));
  }

  static ServiceAdmin.ServiceInput service(String name) {
    return new ServiceAdmin.ServiceInput(
        name, 30, new BigDecimal("20"), null, null, null, null, null, null);
  }

  static ServiceAdmin.ServiceInput rename(String name) {
    return new ServiceAdmin.ServiceInput(name, null, null, null, null, null, null, null, null);
  }

  static int liveServicesNamed(String lowerCase) {
    return db().fetchCount(
            Services.T,
            DSL.lower(Services.NAME)
                .eq(lowerCase)
                .and(Services.BUSINESS_ID.eq(demo()))
                .and(Services.DELETED_AT.isNull()));
  }

  static int liveStaffNamed(String lowerCase) {
    return db().fetchCount(
            Resources.T,
            DSL.lower(Resources.NAME)
                .eq(lowerCase)
                .and(Resources.BUSINESS_ID.eq(demo()))
                .and(Resources.DELETED_AT.isNull()));
  }

  @Test
  void two_owners_adding_haircut_and_HAIRCUT_at_once_leave_one_service_and_a_400()
      throws Exception {
    ServiceAdmin admin = new ServiceAdmin(meetingAt("insert into services"), b -> {}, clock());
    long demo = demo();

    var outcomes =
        atOnce(
            () -> admin.create(demo, service("Haircut"), new Problems()),
            () -> admin.create(demo, service("HAIRCUT"), new Problems()));

    var won = (ServiceAdmin.ServiceView) winner(outcomes);
    oneWonAndTheOtherWasTold(outcomes, "service", won.name());
    assertThat(liveServicesNamed("haircut")).isEqualTo(1);
  }

  @Test
  void two_services_renamed_to_nail_art_and_NAIL_ART_at_once_leave_one_of_that_name()
      throws Exception {
    long demo = demo();
    ServiceAdmin plain = new ServiceAdmin(db(), b -> {}, clock());
    long toner = plain.create(demo, service("Toner"), new Problems()).id();
    long polish = plain.create(demo, service("Polish"), new Problems()).id();
    ServiceAdmin admin = new ServiceAdmin(meetingAt("update services"), b -> {}, clock());

    var outcomes =
        atOnce(
            () -> admin.patch(demo, toner, rename("Nail Art"), new Problems()),
            () -> admin.patch(demo, polish, rename("NAIL ART"), new Problems()));

    var won = (ServiceAdmin.ServiceView) winner(outcomes);
    oneWonAndTheOtherWasTold(outcomes, "service", won.name());
    assertThat(liveServicesNamed("nail art")).isEqualTo(1);
  }

  @Test
  void two_owners_adding_lena_and_LENA_at_once_leave_one_staff_member_and_a_400() throws Exception {
    StaffAdmin admin = new StaffAdmin(meetingAt("insert into resources"), b -> {}, clock());
    long demo = demo();

    var outcomes =
        atOnce(
            () -> admin.create(demo, new StaffAdmin.StaffInput("Lena", null, null), new Problems()),
            () ->
                admin.create(demo, new StaffAdmin.StaffInput("LENA", null, null), new Problems()));

    var won = (StaffAdmin.StaffView) winner(outcomes);
    oneWonAndTheOtherWasTold(outcomes, "staff member", won.name());
    assertThat(liveStaffNamed("lena")).isEqualTo(1);
  }

  @Test
  void two_staff_renamed_to_jose_and_José_at_once_leave_one_of_that_name() throws Exception {
    long demo = demo();
    StaffAdmin plain = new StaffAdmin(db(), b -> {}, clock());
    long kim =
        plain.create(demo, new StaffAdmin.StaffInput("Kim", null, null), new Problems()).id();
    long ola =
        plain.create(demo, new StaffAdmin.StaffInput("Ola", null, null), new Problems()).id();
    StaffAdmin admin = new StaffAdmin(meetingAt("update resources"), b -> {}, clock());

    var outcomes =
        atOnce(
            () ->
                admin.patch(
                    demo, kim, new StaffAdmin.StaffInput("Jose", null, null), new Problems()),
            () ->
                admin.patch(
                    demo, ola, new StaffAdmin.StaffInput("José", null, null), new Problems()));

    var won = (StaffAdmin.StaffView) winner(outcomes);
    oneWonAndTheOtherWasTold(outcomes, "staff member", won.name());
    assertThat(liveStaffNamed("jose") + liveStaffNamed("josé")).isEqualTo(1);
  }

  private static Object winner(List<Outcome> outcomes) {
    return outcomes.stream()
        .filter(o -> o.error() == null)
        .findFirst()
        .orElseThrow(() -> new AssertionError("neither call wrote: " + outcomes))
        .value();
  }

  private static Clock clock() {
    return app.clock();
  }
}
