package io.bookline.understanding;

/** A reading together with how it was made. */
public record Understood(Reading reading, Trace trace) {}
