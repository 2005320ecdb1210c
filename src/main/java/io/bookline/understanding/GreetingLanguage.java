package io.bookline.understanding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A message that only greets, in words the conversation's language does not greet with: "Hola" in
 * an English chat, "Hallo" in a Spanish one. The customer says hello in the language they want to
 * be answered in, so while they have only greeted the greeting switches the language (later one
 * greeting word is a borrowed one). A greeting the chat's language shares ("Hi" in a German chat)
 * keeps it.
 */
final class GreetingLanguage {
  private final Map<Language, Phrases<Intent>> greetings = new EnumMap<>(Language.class);

  GreetingLanguage(List<Lexicon> lexicons) {
    for (Lexicon l : lexicons) {
      List<String> phrases = l.intents().get(Intent.GREETING);
      if (phrases != null) {
        greetings.put(l.language(), new Phrases<>(Map.of(Intent.GREETING, phrases)));
      }
    }
  }

  /**
   * The language to answer {@code words} in when they are nothing but greetings that {@code
   * previous} does not greet with: the one language that does, else of several the one {@code lean}
   * names ("hallo" is German more than English); empty otherwise.
   */
  Optional<Language> switchFrom(Language previous, List<String> words, Language lean) {
    if (words.isEmpty() || onlyGreets(previous, words)) {
      return Optional.empty();
    }
    List<Language> greeting = new ArrayList<>();
    for (Language l : greetings.keySet()) {
      if (onlyGreets(l, words)) {
        greeting.add(l);
      }
    }
    if (greeting.size() == 1) {
      return Optional.of(greeting.getFirst());
    }
    return greeting.contains(lean) ? Optional.of(lean) : Optional.empty();
  }

  /** Whether the words are nothing but greetings in any of the languages. */
  boolean onlyGreets(List<String> words) {
    return !words.isEmpty() && greetings.keySet().stream().anyMatch(l -> onlyGreets(l, words));
  }

  private boolean onlyGreets(Language language, List<String> words) {
    Phrases<Intent> phrases = greetings.get(language);
    if (phrases == null) {
      return false;
    }
    int at = 0;
    for (int more = 1; more > 0 && at < words.size(); at += more) {
      more = phrases.opening(Intent.GREETING, words.subList(at, words.size()));
    }
    return at == words.size();
  }
}
