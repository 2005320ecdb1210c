package io.bookline.booking;

import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.OpeningHours;
import static io.bookline.db.Schema.ResourceServices;
import static io.bookline.db.Schema.Resources;
import static io.bookline.db.Schema.ServiceLanguages;
import static io.bookline.db.Schema.Services;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Seeds "Demo Nail Studio" into an empty database so a first run has something to book. */
public final class DemoSeeder {
  private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

  public static final String SLUG = "demo";

  private DemoSeeder() {}

  /** Seeds the demo business when there is no business at all; returns whether it did. */
  public static boolean seedIfEmpty(DSLContext db) {
    return db.transactionResult(
        cfg -> {
          DSLContext tx = cfg.dsl();
          // Two instances starting on one empty database must not both seed.
          tx.execute("LOCK TABLE businesses IN SHARE ROW EXCLUSIVE MODE");
          if (tx.fetchExists(Businesses.T)) {
            return false;
          }
          long business =
              tx.insertInto(Businesses.T)
                  .set(Businesses.SLUG, SLUG)
                  .set(Businesses.NAME, "Demo Nail Studio")
                  .set(Businesses.TIME_ZONE, "Europe/Berlin")
                  .set(Businesses.LOCALE, "en-GB")
                  .set(Businesses.CURRENCY, "EUR")
                  .set(Businesses.ADDRESS, "Torstraße 1, 10119 Berlin")
                  .returningResult(Businesses.ID)
                  .fetchOne()
                  .value1();
          List<Long> services = new ArrayList<>();
          services.add(
              service(
                  tx,
                  business,
                  "Basic Manicure",
                  Map.of("de", "Klassische Maniküre", "es", "Manicura básica"),
                  30,
                  "25.00",
                  "basic,classic manicure,regular manicure,simple manicure,"
                      + "manicura,manicura básica,maniküre,klassische maniküre"));
          services.add(
              service(
                  tx,
                  business,
                  "Gel Manicure",
                  Map.of("de", "Gel-Maniküre", "es", "Manicura de gel"),
                  45,
                  "35.00",
                  "gel,gel nails,shellac,gel polish,manicura de gel,manicura semipermanente,"
                      + "gel-maniküre,gelnägel"));
          services.add(
              service(
                  tx,
                  business,
                  "Pedicure",
                  Map.of("de", "Pediküre", "es", "Pedicura"),
                  60,
                  "40.00",
                  "pedi,feet,toes,pedicura,pies,pediküre,fußpflege,füße"));
          for (String name : List.of("Anna", "Marta")) {
            long resource =
                tx.insertInto(Resources.T)
                    .set(Resources.BUSINESS_ID, business)
                    .set(Resources.NAME, name)
                    .returningResult(Resources.ID)
                    .fetchOne()
                    .value1();
            for (long service : services) {
              tx.insertInto(ResourceServices.T)
                  .set(ResourceServices.RESOURCE_ID, resource)
                  .set(ResourceServices.SERVICE_ID, service)
                  .execute();
            }
          }
          for (short day = 1; day <= 5; day++) {
            hours(tx, business, day, LocalTime.of(9, 0), LocalTime.of(18, 0));
          }
          hours(tx, business, (short) 6, LocalTime.of(10, 0), LocalTime.of(14, 0));
          LOG.info("seeded the demo business '{}' (set BOOKLINE_DEMO=false to skip)", SLUG);
          return true;
        });
  }

  /** A service with its name in English and, for German and Spanish customers, in theirs. */
  private static long service(
      DSLContext tx,
      long business,
      String name,
      Map<String, String> names,
      int minutes,
      String price,
      String synonyms) {
    long id =
        tx.insertInto(Services.T)
            .set(Services.BUSINESS_ID, business)
            .set(Services.NAME, name)
            .set(Services.DURATION_MINUTES, minutes)
            .set(Services.PRICE, new BigDecimal(price))
            .set(Services.SYNONYMS, synonyms.split(","))
            .returningResult(Services.ID)
            .fetchOne()
            .value1();
    names.forEach(
        (language, local) ->
            tx.insertInto(ServiceLanguages.T)
                .set(ServiceLanguages.SERVICE_ID, id)
                .set(ServiceLanguages.LANGUAGE, language)
                .set(ServiceLanguages.NAME, local)
                .set(ServiceLanguages.SYNONYMS, new String[0])
                .execute());
    return id;
  }

  private static void hours(
      DSLContext tx, long business, short weekday, LocalTime opens, LocalTime closes) {
    tx.insertInto(OpeningHours.T)
        .set(OpeningHours.BUSINESS_ID, business)
        .set(OpeningHours.WEEKDAY, weekday)
        .set(OpeningHours.OPENS, opens)
        .set(OpeningHours.CLOSES, closes)
        .execute();
  }
}
