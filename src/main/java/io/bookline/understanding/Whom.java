package io.bookline.understanding;

import java.util.Locale;

/**
 * A person of a party that a message names ({@link Evidence#whom()}, ADR 0086): whose booking is
 * meant ("cancel Lily's appointment", "den für Lily", "la de Lily") and whether that person, or one
 * said only as "my friend", cannot come after all.
 *
 * @param name the person's name as written, or null when none was said ("my friend")
 * @param notComing the person cannot come after all ("my friend can't come", "meine Freundin kann
 *     doch nicht", "mi amiga al final no puede venir")
 */
public record Whom(String name, boolean notComing) {
  public static final Whom NONE = new Whom(null, false);

  /** Whether {@code guest}, a name a booking is for, is the name said, case and accents aside. */
  public boolean names(String guest) {
    return same(name, guest);
  }

  /** Whether two names are one, however written: "sofia" and "Sofía", "LILY" and "Lily". */
  public static boolean same(String a, String b) {
    return a != null && b != null && !a.isBlank() && plain(a).equals(plain(b));
  }

  private static String plain(String name) {
    return Folding.fold(name.strip().toLowerCase(Locale.ROOT)).replaceAll("\\s+", " ");
  }
}
