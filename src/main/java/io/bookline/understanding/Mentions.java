package io.bookline.understanding;

import java.util.List;
import java.util.Set;

/**
 * What a message names besides the slots it fills: a service or a staff member the business does
 * not have, and further services asked for in the same breath. The dialogue answers these rather
 * than letting them pass unheard.
 *
 * @param unknownService the customer's words for a kind of service the catalog has none of
 *     ("haircuts", "cortes de pelo"), as written; null when none
 * @param moreServices catalog services named after the first one ("manicure and pedicure"), in the
 *     order named; the reading's service is the first
 * @param unknownStaff a name the customer asked to be booked with that is no staff member's ("with
 *     Sarah"), as written; null when none
 * @param questions the questions the catalog answers asked in one message, in the order asked
 *     ("what are your hours? and who works there"), when there are two or more, or when the
 *     reading's intent is none of them ("I'm Sam, and where are you located?" at the name step);
 *     else empty
 * @param people how many people the message books for ("a manicure for my daughter and me": 2, "two
 *     manicures": 2); 1 when it does not say
 * @param forOthers services said for the other person of the party rather than for everyone ("I
 *     want a basic mani and she wants a gel": the Gel Manicure; ADR 0103), in order; not in {@code
 *     moreServices}
 */
public record Mentions(
    String unknownService,
    List<Long> moreServices,
    String unknownStaff,
    List<Intent> questions,
    int people,
    List<Long> forOthers) {
  public static final Mentions NONE = new Mentions(null, List.of(), null);

  /** Questions answered from the catalog at once, as the dialogue's answers cover them. */
  public static final Set<Intent> QUESTIONS =
      Set.of(
          Intent.ASK_HOURS,
          Intent.ASK_STAFF,
          Intent.ASK_LENGTH,
          Intent.ASK_PRICE,
          Intent.ASK_ADDRESS,
          Intent.ASK_SERVICES);

  public Mentions {
    moreServices = moreServices == null ? List.of() : List.copyOf(moreServices);
    questions = questions == null ? List.of() : List.copyOf(questions);
    people = Math.max(1, people);
    forOthers = forOthers == null ? List.of() : List.copyOf(forOthers);
  }

  /** Without further questions, for one person. */
  public Mentions(String unknownService, List<Long> moreServices, String unknownStaff) {
    this(unknownService, moreServices, unknownStaff, List.of(), 1, List.of());
  }

  public boolean isEmpty() {
    return unknownService == null && moreServices.isEmpty() && unknownStaff == null && people == 1;
  }
}
