package io.bookline.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One opening window on a weekday; several on one day make a split shift. */
public record OpeningInterval(DayOfWeek day, LocalTime opens, LocalTime closes) {}
