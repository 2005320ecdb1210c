package io.bookline.understanding;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "with her", "with him", "bei ihr", "bei ihm", "con ella", "con él" as naming the staff
 * member the bot named last ({@link Evidence#withThem()}, ADR 0107): the dialogue knows who that
 * is. The pronoun is no name, so a reading that took it for a staff member nobody has ("We don't
 * have anyone called Her") loses that. "with her mum", "con ella y conmigo" name someone else and
 * get no mark, nor does "with her" after a companion said before it ("for my mum, i'm going with
 * her"); "bei Ihnen" is the business itself.
 */
public final class WithThem extends ReadingWrapper {
  /** Who "her" belongs to when it is a possessive ("with her mum"): no staff member then. */
  private static final String NOT_POSSESSIVE =
      "(?! (?:mum|mom|mother|daughter|sister|friend|son|husband|boyfriend|girlfriend|kids"
          + "|children|child|baby|own|colleague|partner|wife|dad|father|brother|aunt|niece|gran"
          + "|grandma|grandmother)\\b)";

  private static final Pattern PRONOUN =
      Pattern.compile(
          "\\b(?:(?:with|by) (?:her|him)"
              + NOT_POSSESSIVE
              + "|(?:bei|mit) (?:ihr|ihm)"
              + "|con (?:ella|el(?= *(?:[,.;:!?]|$| otra| otro| tambien| el | a las| para| la )))"
              + ")\\b");

  /** "again", "nochmal", "otra vez": the same once more ({@link Evidence.Sign#AGAIN}). */
  private static final Pattern AGAIN =
      Pattern.compile(
          "\\b(?:again|once more|same again|nochmal|noch mal|noch einmal|nochmals|wieder|erneut"
              + "|otra vez|de nuevo|nuevamente"
              // "and one for my daughter with her too": one more of the same (ADR 0115)
              + "|and one|another one|one more|und eine|und einen|noch eine|noch einen|y otra"
              + "|y otro|otra mas|otro mas)\\b");

  /**
   * "the other one" said of a staff member (ADR 0109): after "with", "bei", "con", or naming a
   * person ("the other lady"); "the other one" alone may be a time or a booking of a list.
   */
  private static final Pattern OTHER =
      Pattern.compile(
          "\\b(?:(?:with|by) the other(?: one| lady| girl| woman| guy| man| person| stylist)?"
              + "|the other (?:lady|girl|woman|guy|man|person|stylist|technician|nail tech)"
              + "|(?:bei|mit) (?:der|dem) anderen|con (?:la|el) otr[ao])\\b");

  /**
   * A family member or friend said before the pronoun: "for my mum, i'm going with her", "für meine
   * Mutter, ich gehe mit ihr", "para mi madre, voy con ella". The pronoun is that person then.
   */
  private static final Pattern COMPANION =
      Pattern.compile(
          "\\b(?:(?:my|our) "
              + SomeoneElses.EN_PERSON
              + "|(?:meine|meiner|meinen|meinem|meines|mein|unsere|unserer|unseren) "
              + SomeoneElses.DE_PERSON
              + "|(?:mi|mis|nuestra|nuestro) "
              + SomeoneElses.ES_PERSON
              + ")s?\\b");

  /**
   * Going along, said right before the pronoun: "i'm going with her", "ich gehe mit ihr", "voy con
   * ella". Only then is the pronoun the companion; "and one for my daughter with her too" is the
   * staff member named last (ADR 0115).
   */
  private static final Pattern GOING_ALONG =
      Pattern.compile(
          "\\b(?:go|going|goes|come|coming|comes|gehe|gehen|geht|komme|kommen|kommt|voy|vamos"
              + "|va|vengo|venimos|ire|ir)(?: along| too| also| mit| auch| tambien)? *$");

  /** The pronouns as a reading may have taken them for a name ("Her", "Ihr", "Ella"). */
  private static final Set<String> AS_NAMES = Set.of("her", "him", "ihr", "ihm", "ella", "el");

  public WithThem(Understanding inner) {
    super(inner);
  }

  @Override
  Reading read(String text, UnderstandingContext context, Reading r) {
    if (text == null || r.evidence().withThem() || r.slots().resourceId() != null) {
      return r;
    }
    String plain = plain(text);
    if (OTHER.matcher(plain).find()) {
      return new Reading(
          r.intent(),
          r.slots(),
          r.personName(),
          r.choice(),
          r.source(),
          r.evidence().with(Evidence.Sign.OTHER_ONE),
          r.shift(),
          r.shiftBy());
    }
    Matcher pronoun = PRONOUN.matcher(plain);
    // "con el" is "with him" only as "con él"; without the accent it is mostly an article.
    if (!pronoun.find()
        || (plain.contains("con el") && !plain.contains("con ella") && !text.contains("él"))) {
      return r;
    }
    String before = plain.substring(0, pronoun.start());
    boolean companion =
        COMPANION.matcher(before).find() && GOING_ALONG.matcher(before.strip()).find();
    Evidence e = companion ? r.evidence() : r.evidence().withWithThem();
    if (!companion && AGAIN.matcher(plain).find()) {
      e = e.with(Evidence.Sign.AGAIN);
    }
    Mentions m = e.mentions();
    String unknown = m.unknownStaff();
    if (unknown != null && AS_NAMES.contains(plain(unknown).toLowerCase(Locale.ROOT))) {
      e =
          e.withMentions(
              new Mentions(
                  m.unknownService(),
                  m.moreServices(),
                  null,
                  m.questions(),
                  m.people(),
                  m.forOthers()));
    }
    return new Reading(
        r.intent(), r.slots(), r.personName(), r.choice(), r.source(), e, r.shift(), r.shiftBy());
  }
}
