package io.bookline.understanding;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a model's {@code read_message} arguments field by field against the catalog and the clock,
 * and builds the model's {@link Reading}: what it proposed and what held. A field that fails is
 * dropped (null, or {@link Intent#NONE}) and named as a {@link Rejection} with a stable reason code
 * for the metrics; {@link ReadingMerge} then decides, field by field, between this proposal and the
 * rules' reading. Pure: no HTTP, no client types. A time is only checked for its form: whether it
 * is free is the dialogue's question, asked of the database.
 */
public final class ReadingValidator {
  private static final Pattern NAME = Pattern.compile("^[\\p{L}][\\p{L}'\\- .]{0,59}$");
  private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final int MAX_CHOICE = 20;

  private ReadingValidator() {}

  /**
   * One field of a model's reading that was not used, and why.
   *
   * @param reason a stable code counted in {@code bookline.llm.rejections}: {@code not_in_schema},
   *     {@code unknown_value}, {@code not_in_catalog}, {@code staff_not_for_service}, {@code past},
   *     {@code beyond_horizon}, {@code malformed}
   */
  public record Rejection(String field, String reason, String message) {}

  /** The model's proposal as a reading, and the fields of it that were dropped. */
  public record Validated(Reading reading, List<Rejection> rejected) {
    public Validated {
      rejected = List.copyOf(rejected);
    }

    /** The rejections as the sentences kept in a message's trace. */
    public List<String> messages() {
      return rejected.stream().map(Rejection::message).toList();
    }
  }

  /**
   * @param arguments the tool call's arguments, a JSON object
   * @param context the catalog, the business's "now" and horizon the proposal is checked against
   */
  public static Validated validate(Map<String, Object> arguments, UnderstandingContext context) {
    Check c = new Check(arguments, context);
    c.outsideTheSchema();
    Intent intent = c.intent();
    Long service = c.named("service", context.services());
    Long staff = c.staff(service);
    LocalDate date = c.date();
    LocalTime time = c.time();
    TimeQualifier qualifier =
        time == null ? null : c.oneOf(TimeQualifier.class, "time_qualifier", TimeQualifier.AT);
    PartOfDay part = c.oneOf(PartOfDay.class, "part_of_day", null);
    String name = c.customerName();
    Integer choice = c.choice();
    Duration by = c.shiftMinutes();
    TimeShift shift = by == null ? null : by.isNegative() ? TimeShift.EARLIER : TimeShift.LATER;
    Reading reading =
        new Reading(
            intent,
            new Slots(service, date, time, qualifier, part, staff),
            name,
            choice,
            "llm",
            Evidence.NONE,
            shift,
            by);
    return new Validated(reading, c.rejected);
  }

  /** The checks of one proposal, collecting rejections in field order. */
  private static final class Check {
    private final Map<String, Object> n;
    private final UnderstandingContext context;
    private final List<Rejection> rejected = new ArrayList<>();

    Check(Map<String, Object> n, UnderstandingContext context) {
      this.n = n;
      this.context = context;
    }

    void outsideTheSchema() {
      for (String field : n.keySet()) {
        if (!ReadingSchema.FIELDS.contains(field)) {
          reject(field, "not_in_schema", field + " (not in the schema)");
        }
      }
    }

    Intent intent() {
      String raw = stringOf("intent");
      if (raw == null) {
        return Intent.NONE;
      }
      try {
        return Intent.valueOf(raw.toUpperCase(Locale.ROOT).replace(' ', '_'));
      } catch (IllegalArgumentException e) {
        reject("intent", "unknown_value", "intent '" + raw + "' is not one we have");
        return Intent.NONE;
      }
    }

    /** A catalog name, exact or fuzzy. */
    Long named(String field, List<Named> catalog) {
      String raw = stringOf(field);
      if (raw == null) {
        return null;
      }
      for (Named item : catalog) {
        if (item.name().equalsIgnoreCase(raw)) {
          return item.id();
        }
      }
      Long fuzzy =
          RuleUnderstanding.bestMatch(
              RuleUnderstanding.words(DateTimeParser.normalize(raw)), catalog);
      if (fuzzy == null) {
        reject(field, "not_in_catalog", field + " '" + raw + "' is not in the catalog");
      }
      return fuzzy;
    }

    /** A staff member from the catalog who does the proposed service (when both are known). */
    Long staff(Long service) {
      Long staff = named("staff", context.resources());
      if (staff == null || service == null) {
        return staff;
      }
      for (Named r : context.resources()) {
        if (r.id() == staff && !r.serves().isEmpty() && !r.serves().contains(service)) {
          reject(
              "staff",
              "staff_not_for_service",
              "staff '" + r.name() + "' does not do " + nameOf(service));
          return null;
        }
      }
      return staff;
    }

    private String nameOf(long service) {
      return context.services().stream()
          .filter(s -> s.id() == service)
          .map(Named::name)
          .findFirst()
          .orElse("service " + service);
    }

    /** A day one can book: from today to the business's horizon. */
    LocalDate date() {
      String raw = stringOf("date");
      if (raw == null) {
        return null;
      }
      LocalDate d;
      try {
        d = LocalDate.parse(raw);
      } catch (DateTimeParseException e) {
        reject("date", "malformed", "date '" + raw + "' is not yyyy-MM-dd");
        return null;
      }
      LocalDate today = context.now().toLocalDate();
      if (d.isBefore(today)) {
        reject("date", "past", "date " + raw + " is in the past");
        return null;
      }
      if (d.isAfter(today.plusDays(context.horizonDays()))) {
        reject(
            "date",
            "beyond_horizon",
            "date " + raw + " is beyond the " + context.horizonDays() + "-day horizon");
        return null;
      }
      return d;
    }

    /** A clock time, only a proposal: the dialogue checks it against availability. */
    LocalTime time() {
      String raw = stringOf("time");
      if (raw == null) {
        return null;
      }
      try {
        return LocalTime.parse(raw.length() == 4 ? "0" + raw : raw, CLOCK_TIME);
      } catch (DateTimeParseException e) {
        reject("time", "malformed", "time '" + raw + "' is not HH:mm");
        return null;
      }
    }

    <E extends Enum<E>> E oneOf(Class<E> type, String field, E otherwise) {
      String raw = stringOf(field);
      if (raw == null) {
        return otherwise;
      }
      try {
        return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        reject(field, "unknown_value", field + " '" + raw + "' is not allowed");
        return otherwise;
      }
    }

    String customerName() {
      String raw = stringOf("customer_name");
      if (raw != null && !NAME.matcher(raw).matches()) {
        reject("customer_name", "malformed", "customer_name is not a name");
        return null;
      }
      return raw;
    }

    Integer choice() {
      Object raw = n.get("choice");
      if (raw == null) {
        return null;
      }
      if (raw instanceof Integer i && (i == -1 || i >= 1 && i <= MAX_CHOICE)) {
        return i;
      }
      reject("choice", "malformed", "choice " + raw + " is not an option number");
      return null;
    }

    /** A move of the time under discussion by at most 12 hours, as the rules read one. */
    Duration shiftMinutes() {
      Object raw = n.get("shift_minutes");
      if (raw == null) {
        return null;
      }
      if (raw instanceof Integer m
          && m != 0
          && Duration.ofMinutes(Math.abs(m)).compareTo(ShiftAmounts.MOST) <= 0) {
        return Duration.ofMinutes(m);
      }
      reject(
          "shift_minutes",
          "malformed",
          "shift_minutes " + raw + " is not a non-zero number of minutes up to 12 hours");
      return null;
    }

    private String stringOf(String field) {
      return n.get(field) instanceof String v && !v.isBlank() ? v.strip() : null;
    }

    private void reject(String field, String reason, String message) {
      rejected.add(new Rejection(field, reason, message));
    }
  }
}
