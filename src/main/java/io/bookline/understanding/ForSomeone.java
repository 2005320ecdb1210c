package io.bookline.understanding;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a booking asked for another person, said by who they are to the writer: "for my mum Helen",
 * "book it for my daughter", "für meine Mutter Helga", "es para mi madre Carmen" (ADR 0108). It
 * marks the reading ({@link Evidence.Sign#FOR_SOMEONE}) and puts the name said after the relative
 * in {@link Evidence#whom()}; a name written before it at the name question ("Ann, it's for my mum
 * Helen") is the writer's own ({@link Reading#personName()}). The mark is what tells this from two
 * names told at once ("Kate and Tom", ADR 0097), which are two people. Not marked: the writer comes
 * too ("for my mum and me", "para mí y mi madre": a party, ADR 0058) or the message is about a
 * booking someone has ("the booking for my mum", {@link SomeoneElses}).
 */
public final class ForSomeone extends ReadingWrapper {
  /** Who a booking may be for, in the three languages, folded. */
  private static final String KIN =
      "mum|mom|mother|mam|mommy|mummy|dad|father|daughter|son|sister|brother|wife|husband"
          + "|partner|girlfriend|boyfriend|friend|grandma|grandmother|gran|granny|grandpa"
          + "|grandfather|aunt|uncle|niece|nephew|cousin|colleague|kid|child|mama|mutter|mutti"
          + "|papa|vater|tochter|sohn|schwester|bruder|frau|mann|partnerin|partner|freundin"
          + "|freund|oma|opa|tante|onkel|nichte|neffe|cousine|kollegin|kollege|madre|mami|padre"
          + "|hija|hijo|hermana|hermano|esposa|esposo|mujer|marido|pareja|novia|novio|amiga"
          + "|amigo|abuela|abuelo|tia|tio|sobrina|sobrino|prima|primo|companera|companero";

  /** "for my mum", "für meine Mutter", "para mi madre", and the word after it, in "n". */
  private static final Pattern FOR_KIN =
      Pattern.compile(
          "\\b(?:for (?:my|our)|fur (?:meine|meinen|meinem|mein|unsere|unseren)"
              + "|para (?:mi|nuestra|nuestro)) (?:"
              + KIN
              + ")\\b(?:,? (?<n>\\p{L}[\\p{L}'-]*))?");

  /** Small words that follow a relative and are no name: "for my mum on friday", "y", "um". */
  private static final Set<String> NOT_AFTER_KIN =
      Set.of(
          ("on at in and too also please pls as to by with from or a an um am im und auch bitte"
                  + " mit zum zur oder eine einen ein el en y tambien por con o un una"
                  // "…para mi hija, ambas el 31": both of them (review of 6be5756).
                  + " both beide ambas ambos")
              .split(" "));

  /** The writer comes too: then it is a party of two, never another person's booking alone. */
  private static final Pattern WRITER_TOO =
      Pattern.compile(
          "\\b(?:me and|and me|and myself|and i|for us|both of us|for me too|mich und|und mich"
              + "|und ich|ich und|und fur mich|wir beide|uns beide|fur uns|mi y|y para mi|y yo"
              + "|yo y|las dos|los dos|nosotras|nosotros)\\b");

  /** A name said as the other person's: "her name is Lily", "sie heißt Lena", "se llama Paula". */
  private static final Pattern THEIR_NAME =
      Pattern.compile(
          "\\b(?:(?:her|his) name(?: is|'s)|(?:she|he)(?:'s| is) called|(?:ihr|sein) name ist"
              + "|(?:sie|er) hei(?:ss|ß)t|se llama|su nombre es)\\b");

  /** The writer's name before it at the name question: "Ann, it's for my mum Helen". */
  private static final Pattern WRITER_FIRST =
      Pattern.compile(
          "^(?<w>\\p{L}[\\p{L}'-]*(?: \\p{L}[\\p{L}'-]*)?) ?[,;:-] ?(?:(?:it's|its|it is|this is"
              + "|that's|es ist|das ist|ist|es) )?(?:for|fur|para) ");

  public ForSomeone(Understanding inner) {
    super(inner);
  }

  @Override
  Reading read(String text, UnderstandingContext context, Reading r) {
    if (text == null || r.evidence().has(Evidence.Sign.FOR_SOMEONE)) {
      return r;
    }
    String said = SPACES.matcher(text.strip().replace('\u2019', '\'')).replaceAll(" ");
    String plain = plain(text);
    Matcher m = FOR_KIN.matcher(plain);
    if (!m.find()) {
      return r;
    }
    String name = m.group("n");
    String theirs = name != null && isName(name, context) ? asSaid(said, plain, m, name) : null;
    if (r.evidence().mentions().people() > 1 || WRITER_TOO.matcher(plain).find()) {
      // "for my mum Helen …, and one for me": a party; her name is the other appointment's, kept
      // unmarked in whom() (ADR 0115).
      return theirs == null || r.evidence().whom() != Whom.NONE
          ? r
          : new Reading(
              r.intent(),
              r.slots(),
              r.personName(),
              r.choice(),
              r.source(),
              r.evidence().withWhom(new Whom(theirs, false)),
              r.shift(),
              r.shiftBy());
    }
    String writer = r.personName();
    // "it's for my daughter, her name is Lily", "se llama Paula, es para mi hija": hers.
    if (theirs == null && writer != null && THEIR_NAME.matcher(plain).find()) {
      theirs = writer;
      writer = null;
    }
    Evidence e = r.evidence();
    if (!e.someoneElses()) {
      e = e.with(Evidence.Sign.FOR_SOMEONE);
    }
    if (theirs != null && e.whom() == Whom.NONE) {
      e = e.withWhom(new Whom(theirs, false));
    }
    if (writer == null && context != null && context.expecting() == Expectation.NAME) {
      writer = writerFirst(said, plain);
    }
    return new Reading(
        r.intent(), r.slots(), writer, r.choice(), r.source(), e, r.shift(), r.shiftBy());
  }

  /** Whether a word after the relative is their name: no day, small word, kin or service word. */
  private static boolean isName(String word, UnderstandingContext context) {
    if (word.length() < 2
        || ForWhom.NOT_NAMES.contains(word)
        || NOT_AFTER_KIN.contains(word)
        || word.matches(KIN)
        || !PersonNames.nameWords(null, word)) {
      return false;
    }
    return context == null
        || CatalogMatch.bestMatch(CatalogMatch.words(word), context.services()) == null;
  }

  /** The writer's own name before "it's for my mum", as written; null when none. */
  private static String writerFirst(String said, String plain) {
    Matcher w = WRITER_FIRST.matcher(plain);
    if (!w.find()) {
      return null;
    }
    String name = w.group("w");
    if (!PersonNames.nameWords(null, name) || ForWhom.NOT_NAMES.contains(name)) {
      return null;
    }
    String written = said.length() == plain.length() ? said.substring(0, name.length()) : name;
    return written.substring(0, 1).toUpperCase(Locale.ROOT) + written.substring(1);
  }

  /**
   * The name as the customer wrote it (accents kept when the folded text lines up), capitalised.
   */
  private static String asSaid(String said, String plain, Matcher m, String name) {
    String written =
        said.length() == plain.length()
            ? said.substring(m.start("n"), m.start("n") + name.length())
            : name;
    return written.substring(0, 1).toUpperCase(Locale.ROOT) + written.substring(1);
  }
}
