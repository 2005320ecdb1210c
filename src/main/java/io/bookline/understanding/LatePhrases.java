package io.bookline.understanding;

import java.util.List;

/**
 * Words that say the customer will arrive late for the booking ({@link Intent#RUNNING_LATE}), in
 * {@link Phrases} notation: "I'm running 10 min late", "ich komme ca 10 min später", "llego 10
 * minutos más tarde". A statement about arriving is a late notice, never a move; asking to come
 * later ("can I come an hour later?", "kann ich später kommen?") is a move and is not here: the
 * verb comes first in a statement ("I'll come", "ich komme", "llego"), after the question's.
 */
final class LatePhrases {
  private LatePhrases() {}

  /** Minutes, as customers write them. */
  private static final String EN_MINUTES = "min|mins|minute|minutes|mn";

  private static final String DE_MINUTES = "min|mins|minute|minuten|minütchen";

  private static final String ES_MINUTES = "min|mins|minuto|minutos";

  static List<String> english() {
    return List.of(
        "running _? _? _? late|behind",
        "i'll|ill|i will|we'll|gonna be _? _? _? late",
        "going to be _? _? _? late",
        "won't|wont|not be on|in time",
        "can't|cannot|won't|wont make it on|in time",
        // "i'll come 10 min later, is that a problem?": a notice, not "can I come later?".
        "i'll|ill|we'll|i'm|im|we're come|coming|arrive|arriving|be|get _? _? _? "
            + EN_MINUTES
            + " later|late",
        "i'll|ill|we'll|i'm|im|we're come|coming|arrive|arriving|be|get there|in _? _? _? "
            + EN_MINUTES
            + " later|late",
        "i'm|im|we're _? _? " + EN_MINUTES + " late|behind",
        "i|we will|shall come|arrive|be _? _? _? " + EN_MINUTES + " later|late",
        "i'll|ill|we'll|i'm|im come|coming|arrive|arriving|be a bit|little later");
  }

  static List<String> german() {
    return List.of(
        "verspäte|verspäten|verspäten mich|uns",
        "bin|sind _? _? _? spät dran",
        // "ich komme ca 10 min später, ist das schlimm?": a notice, not "kann ich später kommen?".
        "komme|kommen|bin|sind _? _? _? " + DE_MINUTES + " später|spaeter",
        "komme|kommen|bin|sind _? _? _? " + DE_MINUTES + " zu spät",
        "komme|kommen|bin|sind _? _? _? " + DE_MINUTES + " später|spaeter da|dort",
        "komme|kommen etwas|bisschen|wenig später|spaeter",
        "komme|kommen ein bisschen|wenig später|spaeter",
        "komme|kommen _? _? zu spät",
        "nicht _? pünktlich|rechtzeitig");
  }

  static List<String> spanish() {
    return List.of(
        // "llego 10 min tarde", "voy un poco tarde"; never "voy por la tarde" (the afternoon).
        "llego|llegaré|llegamos|voy tarde",
        "llego|llegaré|llegamos|voy _? _? min|mins|minuto|minutos|minutitos|rato|poco|poquito"
            + "|muy|algo|bastante tarde",
        "voy a llegar _? _? _? tarde",
        "llego|llegaré|voy con retraso",
        "me retraso|retrasaré",
        "no llego|llegaré a tiempo|puntual",
        // "llego unos 10 minutos más tarde": a notice, not "¿puedo llegar más tarde?".
        "llego|llegaré|llegamos|llegaremos _? _? _? " + ES_MINUTES + " más|mas tarde",
        "voy a llegar _? _? _? " + ES_MINUTES + " más|mas tarde",
        "llego|llegaré|llegamos|llegaremos un poco|poquito más|mas tarde");
  }
}
