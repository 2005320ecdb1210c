package io.bookline.booking;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.bookline.wording.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The catalog and the conversation's position as plain text, for a language model's prompt: what it
 * needs to read a message, nothing it could decide with. Always in English, whatever the customer
 * writes: it is an instruction to the model, not words for the customer.
 */
public final class CatalogFacts {
  /**
   * Each catalog's description, made once: a turn describes the catalog it was given, and the
   * repository hands out the same instance until the catalog changes. Weak keys compare by identity
   * and let a replaced catalog go.
   */
  private static final Cache<Catalog, String> DESCRIBED =
      Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();

  private CatalogFacts() {}

  private static Phrases english(Catalog c) {
    return new Phrases(Messages.forLocale(Locale.ENGLISH), c);
  }

  /** The business, its services with prices, its staff and its hours, one line each. */
  public static String describe(Catalog c) {
    return DESCRIBED.get(c, CatalogFacts::describeNow);
  }

  private static String describeNow(Catalog c) {
    Phrases say = english(c);
    List<String> lines = new ArrayList<>();
    lines.add("Name: " + c.business().name());
    // Every service, staffed or not: the model reads the customer's words, the dialogue decides
    // what can be booked.
    lines.add("Services: " + say.priceList(c.services()));
    lines.add("Staff: " + String.join(", ", c.resources().stream().map(Resource::name).toList()));
    lines.add("Opening hours: " + say.hours());
    return String.join("\n", lines);
  }

  /** The goal, what the bot asked last and the slots filled so far. */
  public static String situation(Catalog c, DialogueState s) {
    if (s.goal() == Goal.NONE && s.awaiting() == Step.NONE) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (s.goal() != Goal.NONE) {
      parts.add("goal " + s.goal().name().toLowerCase(Locale.ROOT));
    }
    if (s.awaiting() != Step.NONE) {
      parts.add(asked(s.awaiting()));
    }
    c.service(s.slots().serviceId()).ifPresent(x -> parts.add("service " + x.name()));
    if (s.slots().date() != null) {
      parts.add("date " + s.slots().date());
    }
    if (s.slots().time() != null) {
      parts.add("time " + s.slots().time());
    }
    c.resource(s.slots().resourceId()).ifPresent(x -> parts.add("staff " + x.name()));
    if (!s.offers().isEmpty()) {
      Phrases say = english(c);
      List<String> offered = new ArrayList<>();
      for (int i = 0; i < s.offers().size(); i++) {
        offered.add((i + 1) + ") " + say.when(s.offers().get(i).start()));
      }
      parts.add("options offered: " + String.join(", ", offered));
    }
    return String.join("; ", parts);
  }

  /** The bot's last question; the offers a yes takes are said in words (ADR 0050, 0053). */
  private static String asked(Step step) {
    return switch (step) {
      case PERSON_OFFER ->
          "the assistant offered to ask a member of the team to take over (a yes takes the offer)";
      case BOOK_OFFER -> "the assistant asked whether they would like to book (a yes books)";
      default ->
          "the assistant asked for " + step.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }
}
