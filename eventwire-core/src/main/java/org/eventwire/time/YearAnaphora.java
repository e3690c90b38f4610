package org.eventwire.time;

import java.time.LocalDate;

/**
 * Years named by reference to one the text gave before: "that year", "the same year", "the
 * following year", "the previous year", "later that year" take the last year written out in the
 * document (one instance per document keeps it). And "the year" alone is the reference date's
 * ("the worst attack of the year"), but "the year ended March 31" is a length, one year.
 */
final class YearAnaphora implements TimeFamily {
    private int year = -1;

    /** Notes the year of a match whose text writes one ("in 1994", "March 3, 2023"). */
    void saw(TimeTokens t, TimeMatch m) {
        String v = m.value();
        if (v.length() < 4 || !TimeWords.digits(v.substring(0, 4)) || v.length() > 4 && v.charAt(4) != '-') {
            return;
        }
        for (int i = m.from(); i < m.to(); i++) {
            if (ExplicitDates.year(t, i) > 0 || t.is(i, "nineteen") || t.is(i, "thousand")) {
                year = Integer.parseInt(v.substring(0, 4));
                return;
            }
        }
    }

    @Override
    public TimeMatch at(TimeTokens t, int i, LocalDate ref) {
        int j = t.isAny(i, "later", "earlier") && t.is(i + 1, "that") ? i + 1 : i;
        if (t.is(j, "that") && t.is(j + 1, "year")) {
            return year < 0 ? null : new TimeMatch(i, j + 2, TimexValues.year(year), "DATE");
        }
        if (!t.is(j, "the")) {
            return null;
        }
        if (t.isAny(j + 1, "same", "following", "previous", "next") && t.is(j + 2, "year") && year > 0) {
            int shift = t.is(j + 1, "following") || t.is(j + 1, "next") ? 1 : t.is(j + 1, "previous") ? -1 : 0;
            if (t.is(j + 1, "next") && !t.is(i - 1, "by")) {
                return null;   // "the next year" is also a length (Durations)
            }
            return new TimeMatch(i, j + 3, TimexValues.year(year + shift), "DATE");
        }
        int k = t.isAny(j + 1, "full", "fiscal", "current") ? j + 2 : j + 1;
        if (k > j + 1 && t.is(k, "fiscal")) {
            k++;
        }
        if (k > j + 1 && t.is(k, "year") && ref != null) {
            return new TimeMatch(i, k + 1, TimexValues.year(ref.getYear()), "DATE");   // "the full year", "the fiscal year"
        }
        if (t.is(j + 1, "year") && ref != null && !(t.hyphen.length > j + 2 && t.hyphen[j + 2])) {
            if (t.isAny(j + 2, "ended", "ending", "through", "to")) {
                return new TimeMatch(i, j + 2, "P1Y", "DURATION");
            }
            if (t.isAny(j + 2, "before", "after", "earlier", "later", "of", "in", "when", "that", "before")
                    || TimeWords.alphabetic(t.lower(j + 2)) && !t.isAny(j + 2, "and", "but", "or", "is", "was", "has")) {
                return null;   // "the year before", "the year of the dragon", "the year he died"
            }
            return new TimeMatch(i, j + 2, TimexValues.year(ref.getYear()), "DATE");
        }
        return null;
    }
}
