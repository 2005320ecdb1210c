package io.bookline.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bookline.booking.DialogueState;

/** Sessions and dialogue state to and from the JSON kept in Postgres and Redis. */
final class SessionCodec {
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          // State written by a newer version must still load after a rollback.
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  String encode(DialogueState state) {
    return write(state);
  }

  DialogueState decode(String text) {
    return read(text, DialogueState.class);
  }

  String encodeHistory(java.util.List<io.bookline.understanding.HistoryLine> history) {
    return write(history);
  }

  java.util.List<io.bookline.understanding.HistoryLine> decodeHistory(String text) {
    try {
      return java.util.List.of(json.readValue(text, io.bookline.understanding.HistoryLine[].class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot decode history", e);
    }
  }

  String encodeSession(Session session) {
    return write(session);
  }

  Session decodeSession(String text) {
    return read(text, Session.class);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  private <T> T read(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot decode " + type.getSimpleName(), e);
    }
  }
}
