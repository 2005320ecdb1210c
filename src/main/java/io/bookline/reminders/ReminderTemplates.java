package io.bookline.reminders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.channel.Initiative;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.JSONB;

/** The stored template of a channel account, and the owner's words for each reason to skip. */
final class ReminderTemplates {
  /** Every reason a reminder is skipped, as the owner reads it in the transcript. */
  static final Map<String, String> REASONS =
      Map.of(
          "no_template",
          "the customer last wrote more than 24 hours ago, and no approved WhatsApp template is"
              + " configured for this number",
          "outside_window",
          "the customer last wrote more than 24 hours ago",
          "opted_out",
          "the customer opted out of reminders",
          "blocked",
          "the customer blocked the bot",
          "too_late",
          "the booking starts too soon",
          "no_chat",
          "the customer has no chat",
          "no_channel",
          "the platform is not available");

  private ReminderTemplates() {}

  static String why(String reason) {
    return REASONS.getOrDefault(reason, reason);
  }

  /** The template a row holds ({@code {"name", "language", "parameters": [...]}}), if any. */
  static Optional<Initiative.Template> read(ObjectMapper json, JSONB stored) {
    if (stored == null) {
      return Optional.empty();
    }
    try {
      JsonNode t = json.readTree(stored.data());
      if (!t.hasNonNull("name")) {
        return Optional.empty();
      }
      List<String> parameters = new ArrayList<>();
      t.path("parameters").forEach(p -> parameters.add(p.asText()));
      return Optional.of(
          new Initiative.Template(
              t.get("name").asText(), t.path("language").asText("en"), parameters));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
