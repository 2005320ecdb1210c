package io.bookline.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bookline.booking.DialogueState;

/** Dialogue state to and from the JSON kept in Postgres (and Redis). */
final class SessionCodec {
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          // State written by a newer version must still load after a rollback.
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  String encode(DialogueState state) {
    try {
      return json.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode dialogue state", e);
    }
  }

  DialogueState decode(String text) {
    try {
      return json.readValue(text, DialogueState.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot decode dialogue state", e);
    }
  }
}
