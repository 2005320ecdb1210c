package io.bookline.understanding;

/**
 * What the dialogue just asked, so a bare answer can be read in context: "Maria" after "what name
 * should I put it under?" is a name, "10" after "which time?" is a time.
 */
public enum Expectation {
  NOTHING,
  SERVICE,
  DATE,
  TIME,
  NAME,
  CONFIRMATION,
  CHOICE
}
