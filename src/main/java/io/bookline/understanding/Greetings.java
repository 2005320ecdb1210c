package io.bookline.understanding;

import java.util.List;

/**
 * The greetings that open a message, one after another ("hello, how are you today?", "hallo, wie
 * geht's dir heute?"): their words name no day or time.
 */
final class Greetings {
  private Greetings() {}

  /** The tokens after the greetings that open the message; all of them when none does. */
  static List<Tokenizer.Token> after(
      Phrases<Intent> intents, MessageWords message, List<Tokenizer.Token> tokens) {
    List<String> words = message.words();
    int greeting = 0;
    for (int more = 1; more > 0 && greeting < words.size(); greeting += more) {
      more = intents.opening(Intent.GREETING, words.subList(greeting, words.size()));
    }
    return greeting == 0
        ? tokens
        : tokens.subList(message.tokens()[greeting - 1] + 1, tokens.size());
  }
}
