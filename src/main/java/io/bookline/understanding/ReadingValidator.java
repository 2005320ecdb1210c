package io.bookline.understanding;

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
 * and builds the {@link Reading}. A field that fails is dropped, named as a {@link Rejection}, and
 * the offline reading's value is used for it, so one bad field does not cost the whole reading.
 * Pure: no HTTP, no client types. The one place the LLM path constructs a reading.
 */
public final class ReadingValidator {
  private static final Pattern NAME = Pattern.compile("^[\\p{L}][\\p{L}'\\- .]{0,59}$");
  private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final int MAX_CHOICE = 20;

  private ReadingValidator() {}

  /** One field of a model's reading that was not used, and why. */
  public record Rejection(String field, String message) {}

  /** The reading, and the fields of the model's proposal that were dropped. */
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
   * @param context the catalog and the business's "now" the proposal is checked against
   * @param offline the rules' reading of the same text, used for fields the model got wrong
   */
  public static Validated validate(
      Map<String, Object> arguments, UnderstandingContext context, Reading offline) {
    Check c = new Check(arguments, context, offline);
    c.outsideTheSchema();
    Intent intent = c.intent();
    Long service = c.named("service", context.services(), offline.serviceId());
    Long staff = c.named("staff", context.resources(), offline.resourceId());
    LocalDate date = c.date();
    LocalTime time = c.time();
    TimeQualifier qualifier =
        time == null ? null : c.oneOf(TimeQualifier.class, "time_qualifier", TimeQualifier.AT);
    PartOfDay part = c.oneOf(PartOfDay.class, "part_of_day", null);
    String name = c.customerName();
    Integer choice = c.choice();
    Reading reading =
        new Reading(
            intent, new Slots(service, date, time, qualifier, part, staff), name, choice, "llm");
    return new Validated(reading, c.rejected);
  }

  /** The checks of one proposal, collecting rejections in field order. */
  private static final class Check {
    private final Map<String, Object> n;
    private final UnderstandingContext context;
    private final Reading offline;
    private final List<Rejection> rejected = new ArrayList<>();

    Check(Map<String, Object> n, UnderstandingContext context, Reading offline) {
      this.n = n;
      this.context = context;
      this.offline = offline;
    }

    void outsideTheSchema() {
      for (String field : n.keySet()) {
        if (!ReadingSchema.FIELDS.contains(field)) {
          reject(field, field + " (not in the schema)");
        }
      }
    }

    Intent intent() {
      String raw = stringOf("intent");
      if (raw == null) {
        return offline.intent();
      }
      try {
        return Intent.valueOf(raw.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        reject("intent", "intent '" + raw + "' is not one we have");
        return offline.intent();
      }
    }

    /** A catalog name, exact or fuzzy; an explicit null means "not said". */
    Long named(String field, List<Named> catalog, Long otherwise) {
      String raw = stringOf(field);
      if (raw == null) {
        return n.containsKey(field) ? null : otherwise;
      }
      for (Named item : catalog) {
        if (item.name().equalsIgnoreCase(raw)) {
          return item.id();
        }
      }
      Long fuzzy =
          RuleUnderstanding.bestMatch(
              RuleUnderstanding.words(DateTimeParser.normalize(raw)), catalog);
      if (fuzzy != null) {
        return fuzzy;
      }
      reject(field, field + " '" + raw + "' is not in the catalog");
      return otherwise;
    }

    /** A day one can book: from yesterday (late-night messages) to a year ahead. */
    LocalDate date() {
      String raw = stringOf("date");
      if (raw == null) {
        return n.containsKey("date") ? null : offline.date();
      }
      try {
        LocalDate d = LocalDate.parse(raw);
        LocalDate today = context.now().toLocalDate();
        if (d.isBefore(today.minusDays(1)) || d.isAfter(today.plusYears(1))) {
          reject("date", "date " + raw + " is not a day one can book");
          return offline.date();
        }
        return d;
      } catch (DateTimeParseException e) {
        reject("date", "date '" + raw + "' is not yyyy-MM-dd");
        return offline.date();
      }
    }

    LocalTime time() {
      String raw = stringOf("time");
      if (raw == null) {
        return n.containsKey("time") ? null : offline.time();
      }
      try {
        return LocalTime.parse(raw.length() == 4 ? "0" + raw : raw, CLOCK_TIME);
      } catch (DateTimeParseException e) {
        reject("time", "time '" + raw + "' is not HH:mm");
        return offline.time();
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
        reject(field, field + " '" + raw + "' is not allowed");
        return otherwise;
      }
    }

    String customerName() {
      String raw = stringOf("customer_name");
      if (raw != null && !NAME.matcher(raw).matches()) {
        reject("customer_name", "customer_name is not a name");
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
      reject("choice", "choice " + raw + " is not an option number");
      return null;
    }

    private String stringOf(String field) {
      return n.get(field) instanceof String v && !v.isBlank() ? v.strip() : null;
    }

    private void reject(String field, String message) {
      rejected.add(new Rejection(field, message));
    }
  }
}
