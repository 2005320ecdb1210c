package io.bookline.understanding;

import java.util.List;

/**
 * A message as the rules hear it: its tokens with typos corrected (never into the catalog's own
 * words), its words and clauses, the tokens after an opening greeting, the days and times read from
 * those, and the words the catalog is matched against.
 */
record Heard(
    List<Tokenizer.Token> tokens,
    MessageWords message,
    List<Tokenizer.Token> read,
    DateTimeParser.Found found,
    List<String> words) {

  static Heard of(LanguageReader reader, String raw, UnderstandingContext context) {
    boolean dots = reader.lexicon().dates().afterNumber().containsKey(".");
    List<Tokenizer.Token> tokens =
        reader
            .speller()
            .correct(
                Tokenizer.tokenize(raw, dots),
                CatalogMatch.ownWords(context.services(), context.resources()));
    MessageWords message = MessageWords.of(raw, tokens);
    // "buenas tardes", "good evening" greet: they name no part of the day.
    List<Tokenizer.Token> read = Greetings.after(reader.intents(), message, tokens);
    return new Heard(
        tokens,
        message,
        read,
        MessageDates.read(reader, read, raw, context),
        CatalogMatch.words(joined(tokens)));
  }

  /** The index of the first token dates are read from (after a greeting). */
  int first() {
    return tokens.size() - read.size();
  }

  /** The words phrases are matched against. */
  List<String> phraseWords() {
    return message.words();
  }

  private static String joined(List<Tokenizer.Token> tokens) {
    StringBuilder out = new StringBuilder();
    for (Tokenizer.Token t : tokens) {
      // "mani + pedi", "mani & pedi": two services, as "mani and pedi".
      String text = t.text().equals("+") || t.text().equals("&") ? "and" : t.text();
      out.append(out.isEmpty() ? "" : " ").append(text);
    }
    return out.toString();
  }
}
