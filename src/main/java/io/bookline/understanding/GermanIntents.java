package io.bookline.understanding;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * German intents as keyword phrases ({@link Phrases} notation) and the words that pick from a list;
 * the words around a name are {@link GermanNameWords}.
 */
final class GermanIntents {

  /**
   * "ich kann am Montag nicht", "ich schaffe es am Montag leider nicht", "ich schaff's am Montag
   * nicht", "Montag kann ich nicht": up to four words between the verb and a "nicht" that ends its
   * clause, so "kann ich nicht einfach morgen kommen?" and "ich kann es nicht erwarten" are no
   * cancellation.
   */
  private static final String CANNOT_ON_A_DAY =
      "kann|können|schaffe|schaffen|schaff|schaffs _ _? _? _? nicht$";

  /**
   * "ich schaffe es nicht am Montag/morgen", "ich schaff's nicht (mehr) hin", "… nicht mehr": after
   * "nicht" only a day, "hin" or "mehr" to the end of the clause ({@link ClauseDays}), so "ich
   * schaffe es nicht (mehr) pünktlich/rechtzeitig/bis 11" is running late, no cancellation.
   */
  private static final String CANNOT_MANAGE_THEN =
      ClauseDays.then(
          "schaffe|schaffen|schaff es nicht", ClauseDays.GERMAN_START, ClauseDays.GERMAN);

  private static final String CANNOT_MANAGE_THEN_SHORT =
      ClauseDays.then("schaffs nicht", ClauseDays.GERMAN_START, ClauseDays.GERMAN);

  /**
   * "Wann muss ich am Montag da sein?", "wann soll ich morgen kommen?": when to come for a booking
   * on a day said between, which lists the bookings (a day said alone would start a booking).
   */
  private static final List<String> LIST_WHEN_ON_A_DAY =
      List.of(
          "wann muss|soll ich _ _? da|dort sein",
          "wann muss|soll ich _ _? kommen|vorbeikommen|erscheinen|dasein");

  private GermanIntents() {}

  static Map<Intent, List<String>> intents() {
    Map<Intent, List<String>> i = new LinkedHashMap<>();
    i.put(Intent.RUNNING_LATE, LatePhrases.german());
    i.put(
        Intent.HANDOFF,
        List.of(
            "mensch|menschen|mitarbeiter|mitarbeiterin|kundenservice|kundendienst|rückruf",
            "echte|echten|richtige|richtigen person|mensch|menschen",
            "mit jemandem|einem|dem|der sprechen|reden",
            "mit jemandem|einem|dem|der chef|chefin|inhaber|inhaberin|menschen|mitarbeiter",
            "jemanden sprechen",
            "ruf|rufen|ruft sie? mich an|zurück",
            "persönlich sprechen"));
    i.put(
        Intent.RESTART,
        List.of(
            "von vorne|vorn",
            "neu anfangen|beginnen|starten",
            "nochmal von vorne|vorn",
            "noch mal von vorne|vorn",
            "neustart|zurücksetzen",
            "neue buchung"));
    i.put(
        Intent.STOP,
        List.of(
            "^stopp|stop|abbrechen|abbruch|nichts",
            "^vergiss es",
            "^vergessen sie es",
            "^nein danke",
            "^das wars|wärs",
            "^das war es|alles",
            "^lass|lassen es|mal",
            "^ach lass|lassen es|mal",
            "egal lass|lassen es|mal",
            "lass|lassen es|mal lieber|bleiben|sein",
            "^schon gut",
            "hör auf",
            "vergiss es",
            // "vergiss das", "lass das": the booking under way goes (ADR 0085).
            "vergiss das",
            // Only said on its own: "lass das Datum, lieber Dienstag" changes the day (ADR 0093).
            "^lass|lassen das bitte?$",
            "ach|nee|nein|egal lass|lassen das bitte?$"));
    i.put(
        Intent.CANCEL,
        Stream.concat(
                Stream.of(
                    "stornieren|storniere|storniert|stornierung|storno|absagen|absage|annullieren",
                    "termin|buchung|reservierung löschen|streichen",
                    "sagen sie meinen|den termin ab",
                    "sag|sage meinen|den termin ab"),
                cannotKeep().stream())
            .toList());
    i.put(
        Intent.RESCHEDULE,
        List.of(
            "verschieben|verschiebe|verschieb|verschiebst|verschiebt|verschiebung|umbuchen|umbuchung",
            "termin|buchung|reservierung ändern|tauschen|verschieben|verlegen|umlegen",
            // "kann ich den Termin auf Dienstag legen?"
            "termin|buchung|reservierung auf _ legen|verlegen|schieben|umlegen",
            "termin|buchung|reservierung auf _ _ legen|verlegen|schieben|umlegen",
            "auf einen anderen tag|termin"));
    // "Es/ihn" is the booking under way, else the customer's booking: the dialogue decides.
    i.put(
        Intent.CHANGE,
        MovePhrases.german(
            "verlegen|verlege|verleg|verlegt|umlegen|umplanen",
            "ihn|es|sie auf _ legen|schieben",
            "ihn|es|sie auf _ _ legen|schieben",
            "ihn|es|das ändern",
            "ändere|änder|ändern|ändert ihn|es|das",
            "stattdessen",
            "statt dessen",
            "anderen|andere tag|zeit|uhrzeit|datum"));
    i.put(
        Intent.LIST,
        List.of(
            "termin|buchung|reservierung bestätigt",
            "bin ich eingetragen|gebucht|bestätigt",
            "wann muss|soll ich da|dort sein",
            "wann muss|soll ich kommen|vorbeikommen|erscheinen",
            "um wie viel|wieviel uhr muss|soll ich",
            "uhr ist mein termin",
            "meine|meinen termine|buchungen|reservierungen",
            "wann ist|war mein termin",
            "wann ist|war meine buchung",
            "welche termine|buchungen habe|hab ich",
            // "hab ich noch nen Termin frei …?" asks for a free time, as "habt ihr …" does.
            "habe|hab ich schon|noch? einen termin !frei|freie|offen",
            "was habe|hab ich gebucht",
            "kommende|anstehende termine"));
    i.put(
        Intent.LIST,
        Stream.concat(i.get(Intent.LIST).stream(), LIST_WHEN_ON_A_DAY.stream()).toList());
    i.put(
        Intent.ASK_STAFF,
        List.of(
            "wer arbeitet|arbeiten",
            "wer ist|hat da|dienst",
            "wer ist|hat _ da|dienst",
            "wer ist|hat _ _ da|dienst",
            "ist _ da",
            "ist _ _ da",
            "ist _ _ _ da",
            "ist _ im dienst",
            "ist _ _ im dienst"));
    i.put(
        Intent.ASK_LENGTH,
        List.of(
            "wie lange dauert|dauern|braucht|brauchen|geht", "^wie lange$", "wie viele minuten"));
    i.put(
        Intent.ASK_PRICE,
        List.of(
            "wie viel|teuer",
            "was kostet",
            "wieviel|kostet|kosten|preis|preise|preisliste|tarif|tarife|teuer|günstig",
            "€|$|£"));
    i.put(
        Intent.ASK_HOURS,
        List.of(
            "öffnungszeiten|öffnungszeit|geöffnet|geschlossen|offen|sprechzeiten",
            "wann macht|machen ihr|sie auf|zu",
            // "wann habt ihr montag zu", "wann haben Sie am Samstag auf"
            "wann habt|haben|hat ihr|sie _? _? auf|zu|offen|geöffnet",
            "bis wann habt|haben|seid|sind",
            "habt|haben|seid|sind ihr|sie _ auf|offen|geöffnet",
            "habt|haben|seid|sind ihr|sie _ _ auf|offen|geöffnet",
            // "habt ihr samstags auf?": the day is taken out before this is read again.
            "habt|haben|seid|sind ihr|sie auf|offen|geöffnet$"));
    i.put(
        Intent.ASK_ADDRESS,
        List.of(
            "adresse|anschrift|anfahrt|standort|wegbeschreibung|parkplatz",
            "wo genau|eigentlich|nochmal|nochmals|denn? seid|sind ihr|sie",
            "wo genau|eigentlich|nochmal|nochmals|denn? ist|befindet|finde",
            "wie komme ich"));
    i.put(
        Intent.ASK_SERVICES,
        List.of(
            "welche leistungen|behandlungen|dienstleistungen|services",
            "was für leistungen|behandlungen|dienstleistungen|services",
            "was bietet|bieten ihr|sie",
            "was kann ich buchen",
            "eure|ihre leistungen|behandlungen|angebote",
            "leistungen|angebot|angebote|preisliste|speisekarte"));
    i.put(
        Intent.BOOK,
        List.of(
            "buchen|buche|termin|terminvereinbarung|reservieren|reservierung|reserviere",
            "frei|freien|verfügbar|platz|lücke|vorbeikommen|vereinbaren",
            "ich möchte|will|brauche|bräuchte|hätte|würde",
            "hätte|hätten gern|gerne",
            "kann|könnte ich",
            "habt ihr",
            "haben sie"));
    i.put(
        Intent.YES,
        List.of(
            "^ja|jawohl|jep|jo|jup|genau|klar|ok|okay|oke|gerne|gern|passt|super|perfekt|richtig",
            "^stimmt|einverstanden|bestätigen|bestätigt|prima|toll|gut|sicher|natürlich|yes|y",
            // 👍 👌, as in English
            "^\uD83D\uDC4D|\uD83D\uDC4C",
            "^alles klar",
            "^in ordnung",
            "^geht klar",
            "^mach|machen das|es|wir",
            "^sehr gut",
            "^bitte buchen",
            "^das passt"));
    i.put(
        Intent.NO,
        List.of(
            // 👎
            "^nein|nee|ne|nö|nope|falsch|no|n|\uD83D\uDC4E",
            "^eher|lieber|doch nicht",
            "nein|nee|ne doch nicht",
            "^nicht wirklich|das|so|jetzt|richtig",
            "^das nicht",
            "^das ist|wäre falsch",
            "^das ist|stimmt nicht",
            "^stimmt nicht",
            "nicht buchen",
            "möchte|will nicht"));
    i.put(
        Intent.GREETING,
        List.of(
            // 👋: a wave is a hello
            "^hallo|hi|hey|servus|moin|grüezi|hello|/start|\uD83D\uDC4B",
            "^guten tag|morgen|abend",
            "^grüß gott",
            "^grüß dich",
            // Small talk is a greeting: the "heute" of "wie geht's dir heute?" names no day.
            "wie gehts|geht's dir|ihnen|euch? heute?",
            "wie geht es dir|ihnen|euch heute?"));
    // Thanks and goodbye both close the conversation; mid-goal the question is asked again.
    i.put(
        Intent.THANKS,
        List.of(
            "danke|dankeschön|merci|thx",
            "vielen|herzlichen dank",
            "tschüss|tschüs|tschau|ciao",
            "auf wiedersehen|wiederschauen",
            "bis dann|bald"));
    // Words that open a question; one no other phrase answers is a question the bot can't answer.
    i.put(
        Intent.QUESTION,
        List.of(
            "^kann|könnte|darf|muss|soll ich|man|wir|ich",
            "^kann|könnt|können ihr|sie|man",
            "^gibt es|s",
            "^habt|haben|nehmt|nehmen|akzeptiert|akzeptieren ihr|sie",
            "^was|wo|wer|wie|warum|wieso|welche|welcher|welches"));
    return i;
  }

  /**
   * "später?", "etwas früher", "gibt es was Späteres?", "geht es auch früher?", "gibt es keinen
   * Termin früher?": a time relative to the one under discussion. Not "vielleicht später", which
   * puts something off.
   */
  static Map<TimeShift, List<String>> shifts() {
    Map<TimeShift, List<String>> s = new LinkedHashMap<>();
    s.put(
        TimeShift.SOONEST,
        List.of(
            "so bald|früh|schnell wie|als möglich",
            "sobald wie|als möglich",
            "möglichst bald|früh|schnell",
            "baldmöglichst|schnellstmöglich|schnellstens|frühestmöglich|frühestmöglichen|asap",
            "nächste|nächster|nächsten|erste|erster|ersten freie|freier|freien termin|zeit|platz",
            "frühesten|früheste|frühester termin|zeit"));
    s.put(
        TimeShift.LATER,
        relative("später", "spätere|späteren|späterer|späteres|späterem", "hinten"));
    s.put(
        TimeShift.EARLIER,
        relative("früher", "frühere|früheren|früherer|früheres|früherem", "vorne|vorn"));
    return s;
  }

  private static List<String> relative(String comparative, String adjective, String direction) {
    return List.of(
        "^" + comparative,
        "^nein|nee|ne|hm|hmm " + comparative,
        "etwas|bisschen|bißchen|wenig|was|noch|auch|lieber|eher|es|geht|nichts " + comparative,
        comparative + " bitte|möglich|geht|ginge|besser|lieber|noch|als",
        "kein|keinen|keine|einen|ein|nen termin|platz|zeit " + comparative,
        adjective,
        "nach|weiter " + direction);
  }

  /**
   * The phrases of CANCEL above that say a booking cannot be kept: a day said with them is the
   * booking's ("ich kann am Montag nicht kommen, geht Mittwoch stattdessen?"); the day may stand
   * between the verb and "nicht" ("ich kann am Montag (leider) nicht"). "Ich schaffe es nicht" ends
   * its clause or goes on with a day only: "ich schaffe es nicht (mehr) pünktlich/rechtzeitig" is
   * running late, like "no llego a tiempo", no cancellation.
   */
  static List<String> cannotKeep() {
    return List.of(
        "kann|können|schaffe|schaffen nicht kommen",
        "schaffe|schaffen|schaff es nicht$",
        "schaffs nicht$",
        CANNOT_MANAGE_THEN,
        CANNOT_MANAGE_THEN_SHORT,
        "kann doch nicht",
        "nicht kommen",
        // "ich komme nicht pünktlich" is running late, like "ich schaffe es nicht pünktlich".
        "komme|kommen nicht !pünktlich|rechtzeitig|ganz|genau",
        CANNOT_ON_A_DAY);
  }

  /** "ok danke", "passt, tschüss", "alles klar, danke": a goodbye, not a yes to what was asked. */
  static List<String> closings() {
    return List.of(
        "^ok|okay|oke|gut|super|prima|perfekt|toll|passt danke|dankeschön|tschüss|tschüs|tschau|ciao|bis",
        "^alles klar danke|dankeschön|tschüss|tschüs|tschau|ciao|bis");
  }

  /** Another day, not named: the day held is to change. */
  static List<String> otherDay() {
    return List.of("anderen|anderer|andere tag|datum", "keiner|keine|keines davon");
  }

  /** "lieber um 5", "geht auch 5?", "dann 5 bitte": a number ending the message. */
  static HourCues hourCues() {
    return new HourCues(
        Set.of(
            "at",
            "lieber",
            "doch",
            "eher",
            "vielleicht",
            "oder",
            "dann",
            "ok",
            "okay",
            "nein",
            "mit",
            "stattdessen",
            "besser",
            "also",
            "auch",
            "geht",
            "es"),
        Set.of(
            "stattdessen",
            "dann",
            "bitte",
            "lieber",
            "auch",
            "doch",
            "vielleicht",
            // "7 passt", "um 7 wäre gut", "7 geht mir"
            "passt",
            "geht",
            "ist",
            "wäre",
            "gut",
            "super",
            "mir",
            "ok"));
  }

  /** Asking for the booking's own time: "zur gleichen Zeit", "selbe Uhrzeit". */
  static List<String> sameTime() {
    return List.of("gleiche|gleichen|selbe|selben|dieselbe|derselben zeit|uhrzeit");
  }

  /** Words that take back the change asked for in the next few words ("nicht stornieren"). */
  static Set<String> negations() {
    return Set.of("nicht", "kein", "keine", "keinen", "nie", "niemals");
  }

  static Map<String, Integer> choiceWords() {
    Map<String, Integer> c = new HashMap<>();
    String[] stems = {"erst", "zweit", "dritt", "viert", "fünft"};
    for (String ending : List.of("e", "en", "er", "es")) {
      for (int n = 0; n < stems.length; n++) {
        for (String s : Vocabulary.spellings(stems[n] + ending)) {
          c.put(s, n + 1);
        }
      }
      c.put("letzt" + ending, -1);
    }
    return c;
  }
}
