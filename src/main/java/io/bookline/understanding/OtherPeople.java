package io.bookline.understanding;

import java.util.List;

/**
 * Phrases, per language in {@link Phrases} notation, that book for the customer and one more person
 * ("a manicure for my daughter and me"): the dialogue books one appointment per person (ADR 0058).
 * A number before a service word ("two manicures") says the same; {@link MentionFinder} reads that.
 */
final class OtherPeople {
  private OtherPeople() {}

  private static final String EN_WHO =
      "daughter|son|mum|mom|mother|dad|father|sister|brother|friend|wife|husband|partner"
          + "|girlfriend|boyfriend|colleague|niece|aunt|grandma|kid|child";

  static List<String> english() {
    return List.of(
        "for me and my|a _",
        "for me and my " + EN_WHO,
        "for my|a _ and me|myself|i",
        "for my _ _ and me|myself|i",
        "me and my " + EN_WHO,
        "my " + EN_WHO + " and me|i",
        "for both of us",
        "for the two of us",
        "for us two|both",
        // A number of people starts the same party (ADR 0097): "pedicure for 2 people".
        "two|2 people|persons|ladies",
        "for two|2 of us",
        "we are two|2",
        "there are two|2 of us");
  }

  static List<String> german() {
    return List.of(
        "fur mich und meine|meinen|meiner|meinem|eine|einen _",
        "fur meine|meinen|meiner|meinem _ und mich|mir",
        "fur uns beide|zwei",
        "zwei|2 personen|leute",
        "zu zweit",
        "wir sind zwei|2",
        "ich und meine|mein _",
        "meine|mein _ und ich");
  }

  static List<String> spanish() {
    return List.of(
        "para mi y mi|mis|una|un _",
        "para mi y para mi|mis _",
        "para mi _ y para|y mi",
        "para mi _ y yo",
        "mi _ y yo",
        "yo y mi _",
        "para las|los dos",
        "para nosotras|nosotros dos",
        "para ambas|ambos",
        "dos|2 personas",
        "somos dos|2");
  }
}
