package io.bookline.owner;

import io.bookline.ApiError;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The wrong fields of one request, collected so the answer names all of them at once: the front end
 * adds what it could not read (a text where a number belongs), the service adds what breaks a rule
 * (hours that overlap), and {@link #throwIfAny()} answers 400 with every one (ADR 0017).
 */
public final class Problems {
  private final Map<String, String> fields = new LinkedHashMap<>();

  /** Numbers sent too large for their type, as sent, by field (see {@link #tooLarge}). */
  private final Map<String, String> tooLarge = new HashMap<>();

  /** Records a problem with a field; the first problem found for a field is the one reported. */
  public void add(String field, String problem) {
    fields.putIfAbsent(field, problem);
  }

  /**
   * A whole number too large for its field's type (99999999999 minutes): the front end cannot read
   * it, so it reports {@code problem} (a sentence true of every such field) and keeps the number as
   * sent; the rule that knows the field's range then names that range instead ({@link
   * Checks#range}), so the owner reads "must be between 5 and 1440, not 99999999999".
   */
  public void tooLarge(String field, String asSent, String problem) {
    add(field, problem);
    tooLarge.putIfAbsent(field, asSent);
  }

  /** The number sent for {@code field} when it was too large to read. */
  Optional<String> tooLargeAsSent(String field) {
    return Optional.ofNullable(tooLarge.get(field));
  }

  /** Replaces the front end's note on a number too large to read with the rule's own sentence. */
  void replaceTooLarge(String field, String problem) {
    if (tooLarge.containsKey(field)) {
      fields.put(field, problem);
    }
  }

  public boolean has(String field) {
    return fields.containsKey(field);
  }

  public boolean isEmpty() {
    return fields.isEmpty();
  }

  /** Throws {@link ApiError#validation} when any field is wrong. */
  public void throwIfAny() {
    if (!fields.isEmpty()) {
      throw ApiError.validation(fields);
    }
  }
}
