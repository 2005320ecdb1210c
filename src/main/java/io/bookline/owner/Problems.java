package io.bookline.owner;

import io.bookline.ApiError;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wrong fields of one request, collected so the answer names all of them at once: the front end
 * adds what it could not read (a text where a number belongs), the service adds what breaks a rule
 * (hours that overlap), and {@link #throwIfAny()} answers 400 with every one (ADR 0017).
 */
public final class Problems {
  private final Map<String, String> fields = new LinkedHashMap<>();

  /** Records a problem with a field; the first problem found for a field is the one reported. */
  public void add(String field, String problem) {
    fields.putIfAbsent(field, problem);
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
