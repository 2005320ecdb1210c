package io.bookline.understanding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Joins a model's validated proposal with the rules' reading of the same message, field by field
 * (ADR 0024). The rules always run; a field comes from the model when it proposed a valid value,
 * otherwise from the rules. A model's "none" or silence never erases what the rules read. When both
 * name a different service or a different day, neither is taken: the slot stays empty and the
 * dialogue asks (for a day, quoting the customer's words), because booking the wrong one costs more
 * than one question. A different time, staff member or intent goes the model's way (a time is only
 * a proposal the dialogue checks against availability), except a move read as "change it" or the
 * other way round, where the rules' words decide.
 */
public final class ReadingMerge {
  /** The model gave the field (the rules had nothing or agreed). */
  public static final String LLM = "llm";

  /** The rules gave the field (the model had nothing valid). */
  public static final String RULES = "rules";

  /** Both gave the same value. */
  public static final String BOTH = "both";

  /** The model's valid value replaced a different one from the rules. */
  public static final String LLM_OVER_RULES = "llm_over_rules";

  /** The rules' value replaced the model's: they read words the model's value cannot tell. */
  public static final String RULES_OVER_LLM = "rules_over_llm";

  /** They disagree where it matters: the slot is left empty and the customer asked. */
  public static final String ASK = "ask";

  /** Unresolved reason of a day the model and the rules read differently. */
  public static final String DISAGREEMENT = "disagreement";

  private ReadingMerge() {}

  /**
   * @param reading what the dialogue gets
   * @param decisions for each field either gave, where it came from (one of the constants above)
   */
  public record Merged(Reading reading, Map<String, String> decisions) {
    public Merged {
      decisions = Map.copyOf(decisions);
    }
  }

  /**
   * @param llm the model's proposal after {@link ReadingValidator} (rejected fields empty)
   * @param rules the rules' reading of {@code text}
   * @param text the customer's message, quoted when a day is asked about
   */
  public static Merged merge(Reading proposed, Reading rules, String text) {
    Map<String, String> decisions = new LinkedHashMap<>();
    // An amount ("an hour later") is placed by the booking system on the time it moves; a day or
    // time the model worked out for it is its own arithmetic, and is not taken.
    boolean amount = proposed.shiftBy() != null || rules.shiftBy() != null;
    Reading llm = amount ? withoutWorkedOutTimes(proposed, rules, decisions) : proposed;
    Intent intent;
    if (oneMoveReadTwoWays(llm.intent(), rules.intent()) || aChangeReadAsAQuestion(llm, rules)) {
      intent = rules.intent();
      decisions.put("intent", RULES_OVER_LLM);
    } else {
      intent = llm.intent() != Intent.NONE ? llm.intent() : rules.intent();
      decide(decisions, "intent", noneAsNull(llm.intent()), noneAsNull(rules.intent()), false);
    }
    Long service = decide(decisions, "service", llm.serviceId(), rules.serviceId(), true);
    // "Tuesday" alone: the model, seeing the conversation, may place it in another week.
    boolean sameWeekday =
        rules.evidence().dateByWeekday()
            && llm.date() != null
            && rules.date() != null
            && llm.date().getDayOfWeek() == rules.date().getDayOfWeek();
    var date = decide(decisions, "date", llm.date(), rules.date(), !sameWeekday);
    Slots time = llm.time() != null || llm.partOfDay() != null ? llm.slots() : rules.slots();
    decide(decisions, "time", llm.time(), rules.time(), false);
    decide(decisions, "part_of_day", llm.partOfDay(), rules.partOfDay(), false);
    Long staff = decide(decisions, "staff", llm.resourceId(), rules.resourceId(), false);
    String name = decide(decisions, "customer_name", llm.personName(), rules.personName(), false);
    Integer choice = decide(decisions, "choice", llm.choice(), rules.choice(), false);
    Evidence evidence = rules.evidence();
    if (ASK.equals(decisions.get("date"))) {
      evidence = askAboutTheDay(evidence, text);
    }
    Slots slots = new Slots(service, date, time.time(), time.qualifier(), time.partOfDay(), staff);
    // A plain "later"/"earlier" is the rules' (the model has no field for it); an amount is the
    // model's when it gave one. Either stands unless a time was proposed.
    Duration by =
        slots.time() == null
            ? decide(decisions, "shift_by", llm.shiftBy(), rules.shiftBy(), false)
            : null;
    TimeShift shift =
        slots.time() != null
            ? null
            : by != null && llm.shiftBy() != null ? llm.shift() : rules.shift();
    return new Merged(
        new Reading(intent, slots, name, choice, "llm", evidence, shift, by), decisions);
  }

  /** A reading as it is kept in a message's metadata: only the fields it gives. */
  public static Map<String, Object> describe(Reading r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("intent", r.intent().name().toLowerCase(Locale.ROOT));
    putIf(m, "service", r.serviceId());
    putIf(m, "date", r.date());
    putIf(m, "time", r.time());
    putIf(m, "time_qualifier", r.qualifier());
    putIf(m, "part_of_day", r.partOfDay());
    putIf(m, "staff", r.resourceId());
    putIf(m, "customer_name", r.personName());
    putIf(m, "choice", r.choice());
    putIf(m, "shift", r.shift());
    putIf(m, "shift_by", r.shiftBy());
    return m;
  }

  private static void putIf(Map<String, Object> m, String key, Object value) {
    if (value instanceof Enum<?> e) {
      m.put(key, e.name().toLowerCase(Locale.ROOT));
    } else if (value instanceof Number || value instanceof String) {
      m.put(key, value);
    } else if (value != null) {
      m.put(key, value.toString());
    }
  }

  /** The value the field gets, its decision recorded; {@code ask} leaves it empty. */
  private static <T> T decide(
      Map<String, String> decisions, String field, T llm, T rules, boolean askOnDisagreement) {
    if (llm == null && rules == null) {
      return null;
    }
    if (llm == null) {
      decisions.put(field, RULES);
      return rules;
    }
    if (rules == null) {
      decisions.put(field, LLM);
      return llm;
    }
    if (Objects.equals(llm, rules)) {
      decisions.put(field, BOTH);
      return llm;
    }
    if (askOnDisagreement) {
      decisions.put(field, ASK);
      return null;
    }
    decisions.put(field, LLM_OVER_RULES);
    return llm;
  }

  /**
   * "Move my appointment" and "make it 5pm" differ in their words, not their meaning, and only the
   * words tell a move of the booking from a correction of the one under way (ADR 0050): where the
   * rules saw which of the two the customer said, theirs stands.
   */
  private static boolean oneMoveReadTwoWays(Intent llm, Intent rules) {
    return llm == Intent.RESCHEDULE && rules == Intent.CHANGE
        || llm == Intent.CHANGE && rules == Intent.RESCHEDULE;
  }

  /**
   * "Can I come an hour later?" or "make it 5" is a question in form only: where the rules read a
   * change of what is held or an amount to move it by, the model's "question" (which would offer a
   * person) does not stand.
   */
  private static boolean aChangeReadAsAQuestion(Reading llm, Reading rules) {
    return llm.intent() == Intent.QUESTION
        && (rules.intent() == Intent.CHANGE || llm.shiftBy() != null || rules.shiftBy() != null);
  }

  /** The model's reading without the day and time it gave that the rules did not read. */
  private static Reading withoutWorkedOutTimes(
      Reading llm, Reading rules, Map<String, String> decisions) {
    Slots s = llm.slots();
    if (llm.date() != null && rules.date() == null) {
      s = s.withDate(null);
      decisions.put("date", RULES_OVER_LLM);
    }
    if (llm.time() != null && rules.time() == null) {
      s = s.withTime(null, null).withPartOfDay(null);
      decisions.put("time", RULES_OVER_LLM);
    }
    return new Reading(
        llm.intent(),
        s,
        llm.personName(),
        llm.choice(),
        llm.source(),
        llm.evidence(),
        llm.shift(),
        llm.shiftBy());
  }

  private static Intent noneAsNull(Intent intent) {
    return intent == Intent.NONE ? null : intent;
  }

  /** The rules' day words (or the whole message) become a question instead of a day. */
  private static Evidence askAboutTheDay(Evidence evidence, String text) {
    Span span = evidence.dateSpan() != null ? evidence.dateSpan() : new Span(0, text.length());
    String words = text.substring(span.start(), Math.min(span.end(), text.length()));
    List<Unresolved> unresolved = new ArrayList<>(evidence.unresolved());
    unresolved.add(new Unresolved(Unresolved.What.DATE, span, words, DISAGREEMENT));
    // The day is asked about, so neither it nor a booked day said by weekday stands; the rest of
    // the evidence, whose booking a party's person names included, is kept.
    Set<Evidence.Sign> signs = EnumSet.noneOf(Evidence.Sign.class);
    signs.addAll(evidence.signs());
    signs.remove(Evidence.Sign.DATE_BY_WEEKDAY);
    signs.remove(Evidence.Sign.BOOKED_BY_WEEKDAY);
    return new Evidence(
        null,
        evidence.timeSpan(),
        unresolved,
        Slots.NONE,
        evidence.mentions(),
        evidence.whom(),
        signs);
  }
}
