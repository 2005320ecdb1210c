package io.bookline.reminders;

import static io.bookline.db.Schema.ChannelAccounts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.channel.Initiative;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/**
 * The approved WhatsApp template a number uses for reminders outside the 24-hour window: its name,
 * language and which value each body parameter takes, in order (ADR 0035).
 */
public final class TemplateSettings {
  /** The values a template's body parameters may take. */
  public static final Set<String> VALUES =
      Set.of("customer", "service", "date", "time", "when", "business");

  static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,512}");
  static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?");
  static final int MAX_PARAMETERS = 10;

  private final DSLContext db;
  private final ObjectMapper json;

  public TemplateSettings(DSLContext db, ObjectMapper json) {
    this.db = db;
    this.json = json;
  }

  /** What is wrong with a template, by field; empty when it is right. */
  public static Map<String, String> problems(String name, String language, List<String> params) {
    Map<String, String> p = new LinkedHashMap<>();
    if (name == null || !NAME.matcher(name).matches()) {
      p.put("name", "must be the template's name: lower-case letters, digits and '_'");
    }
    if (language == null || !LANGUAGE.matcher(language).matches()) {
      p.put("language", "must be the template's language code, e.g. 'en' or 'en_US'");
    }
    if (params == null) {
      p.put(
          "parameters",
          "must list the value of each body parameter, e.g. [\"customer\", \"when\"]");
    } else if (params.size() > MAX_PARAMETERS) {
      p.put("parameters", "must hold at most " + MAX_PARAMETERS + " parameters");
    } else if (!VALUES.containsAll(params)) {
      p.put("parameters", "each must be one of " + new java.util.TreeSet<>(VALUES));
    }
    return p;
  }

  /** Whether the business has this WhatsApp number. */
  public boolean exists(long business, String phoneNumberId) {
    return db.fetchExists(
        db.selectOne()
            .from(ChannelAccounts.T)
            .where(ChannelAccounts.BUSINESS_ID.eq(business))
            .and(ChannelAccounts.PLATFORM.eq("whatsapp"))
            .and(ChannelAccounts.EXTERNAL_ID.eq(phoneNumberId)));
  }

  /** The business's WhatsApp number's template, if it has one; empty also for another's number. */
  public Optional<Initiative.Template> get(long business, String phoneNumberId) {
    return Optional.ofNullable(
            db.select(ChannelAccounts.REMINDER_TEMPLATE)
                .from(ChannelAccounts.T)
                .where(ChannelAccounts.BUSINESS_ID.eq(business))
                .and(ChannelAccounts.PLATFORM.eq("whatsapp"))
                .and(ChannelAccounts.EXTERNAL_ID.eq(phoneNumberId))
                .fetchOne(ChannelAccounts.REMINDER_TEMPLATE))
        .flatMap(t -> ReminderTemplates.read(json, t));
  }

  /**
   * Sets (or with null, removes) the template of one of the business's WhatsApp numbers.
   *
   * @return false when the business has no such number
   */
  public boolean set(long business, String phoneNumberId, Initiative.Template t) {
    JSONB value = null;
    if (t != null) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", t.name());
      m.put("language", t.language());
      m.put("parameters", t.parameters());
      try {
        value = JSONB.valueOf(json.writeValueAsString(m));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("a template of plain values is always JSON", e);
      }
    }
    return db.update(ChannelAccounts.T)
            .set(ChannelAccounts.REMINDER_TEMPLATE, value)
            .where(ChannelAccounts.BUSINESS_ID.eq(business))
            .and(ChannelAccounts.PLATFORM.eq("whatsapp"))
            .and(ChannelAccounts.EXTERNAL_ID.eq(phoneNumberId))
            .execute()
        == 1;
  }
}
