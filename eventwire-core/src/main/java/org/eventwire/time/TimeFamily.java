package org.eventwire.time;

import java.time.LocalDate;

/** One family of time patterns: the expression starting at part i, or null. */
interface TimeFamily {
    /** The match starting at part i; ref is the reference date (null when the article has none). */
    TimeMatch at(TimeTokens t, int i, LocalDate ref);
}
