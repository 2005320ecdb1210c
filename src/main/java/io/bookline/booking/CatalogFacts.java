package io.bookline.booking;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalog and the conversation's position as plain text, for a language model's prompt: what it
 * needs to read a message, nothing it could decide with.
 */
public final class CatalogFacts {
  private CatalogFacts() {}

  public static String describe(Catalog c) {
    List<String> lines = new ArrayList<>();
    lines.add("Name: " + c.business().name());
    lines.add("Services: " + Say.priceList(c));
    lines.add("Staff: " + String.join(", ", c.resources().stream().map(Resource::name).toList()));
    lines.add("Opening hours: " + Say.hours(c));
    return String.join("\n", lines);
  }

  /** The goal, what the bot asked last and the slots filled so far. */
  public static String situation(Catalog c, DialogueState s) {
    if (s.goal() == Goal.NONE) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    parts.add("goal " + s.goal().name().toLowerCase(java.util.Locale.ROOT));
    if (s.awaiting() != Step.NONE) {
      parts.add(
          "the assistant asked for "
              + s.awaiting().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
    c.service(s.serviceId()).ifPresent(x -> parts.add("service " + x.name()));
    if (s.date() != null) {
      parts.add("date " + s.date());
    }
    if (s.time() != null) {
      parts.add("time " + s.time());
    }
    c.resource(s.resourceId()).ifPresent(x -> parts.add("staff " + x.name()));
    if (!s.offers().isEmpty()) {
      var zone = c.business().zone();
      List<String> offered = new ArrayList<>();
      for (int i = 0; i < s.offers().size(); i++) {
        offered.add((i + 1) + ") " + Say.when(s.offers().get(i).start(), zone));
      }
      parts.add("options offered: " + String.join(", ", offered));
    }
    return String.join("; ", parts);
  }
}
