package io.bookline.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A message the business starts (a reminder, a change the owner made), with what a platform's rules
 * need to decide how, or whether, it may go out ({@link Channel#initiate}).
 *
 * @param purpose why the business writes first; Messenger's message tag is only for some
 * @param address where the customer's last message came from
 * @param lastInbound when the customer last wrote, or null if never
 * @param now the current time
 * @param template the approved template configured on the channel account, if any
 * @param values the values a template's body parameters are filled from, by name ({@code customer},
 *     {@code service}, {@code date}, {@code time}, {@code business})
 */
public record Initiative(
    Purpose purpose,
    Map<String, String> address,
    Instant lastInbound,
    Instant now,
    Optional<Template> template,
    Map<String, String> values) {

  /** WhatsApp's customer-service window and Messenger's standard messaging window. */
  public static final Duration WINDOW = Duration.ofHours(24);

  /** Address keys a platform adds for a message sent under its rules (read by its renderer). */
  public static final String TEMPLATE = "template";

  public static final String TEMPLATE_LANGUAGE = "templateLanguage";
  public static final String TEMPLATE_PARAMETER = "templateParameter.";
  public static final String TAG = "tag";

  public Initiative {
    address = Map.copyOf(address);
    values = Map.copyOf(values);
  }

  /** Why the business writes first. */
  public enum Purpose {
    REMINDER,
    BOOKING_CHANGE,
    STAFF_MESSAGE
  }

  /**
   * An approved message template.
   *
   * @param parameters the names of the values its body parameters take, in their order
   */
  public record Template(String name, String language, List<String> parameters) {
    public Template {
      parameters = List.copyOf(parameters);
    }
  }

  /** Whether the customer wrote within the last {@link #WINDOW}. */
  public boolean insideWindow() {
    return lastInbound != null && !lastInbound.plus(WINDOW).isBefore(now);
  }
}
