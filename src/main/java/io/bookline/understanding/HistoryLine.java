package io.bookline.understanding;

/** One earlier message of the same conversation, for the model's context. */
public record HistoryLine(String role, String text) {
  public static final String CUSTOMER = "customer";
  public static final String BOT = "bot";
}
