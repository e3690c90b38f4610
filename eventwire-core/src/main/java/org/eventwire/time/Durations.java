package org.eventwire.time;

import java.time.LocalDate;
import java.util.Map;

/**
 * Lengths of time and recurrences: "three years", "a 10-year plan", "24 hours", "several weeks",
 * "the past few months", "the next 14 months", "for years" (DURATION, "P3Y", "PXW"); "daily",
 * "every month", "twice a year" (SET). An age ("a 6-year-old") is not a time expression.
 */
final class Durations implements TimeFamily {
    private static final Map<String, String> SETS = Map.of("daily", "P1D", "weekly", "P1W", "monthly", "P1M",
            "yearly", "P1Y", "hourly", "PT1H", "nightly", "P1D");

    @Override
    public TimeMatch at(TimeTokens t, int i, LocalDate ref) {
        String w = t.lower[i];
        String set = SETS.get(w);
        if (set != null && !(t.capitalised(i) && t.capitalised(i + 1))) {   // not "the Daily Mail"
            return new TimeMatch(i, i + 1, set, "SET");
        }
        if (w.equals("every") || w.equals("each") || w.equals("per")) {
            int j = i + 1;
            int n = 1;
            if (TimeWords.cardinal(t.lower(j)) > 1 && !t.is(j, "a")) {
                n = TimeWords.cardinal(t.lower(j));
                j++;
            } else if (t.is(j, "other")) {
                n = 2;
                j++;
            }
            String unit = TimeWords.unit(t.lower(j));
            if (unit == null || unit.equals("WE")) {
                return null;
            }
            return new TimeMatch(i, j + 1, TimexValues.duration(n, unit), "SET");
        }
        int start = i;
        int j = i;
        if (w.equals("the") && t.isAny(i + 1, "past", "last", "next", "coming", "first", "previous", "following")) {
            j = i + 2;
        } else if (t.isAny(i, "past", "last", "next", "coming", "recent", "previous", "following", "first")
                && !t.is(i - 1, "the")) {
            j = i + 1;
        }
        return length(t, start, j);
    }

    /** A number (or a vague quantity) and a unit starting at part j; the expression begins at start. */
    private static TimeMatch length(TimeTokens t, int start, int j) {
        String w = t.lower(j);
        int n = TimeWords.cardinal(w);
        int k = j + 1;
        if (n >= 20 && n < 100 && n % 10 == 0) {
            int ones = TimeWords.cardinal(t.lower(k));
            if (ones > 0 && ones < 10 && !t.is(k, "a") && !t.is(k, "an")) {
                n += ones;
                k++;
            }
        }
        boolean vague = false;
        if (t.is(j, "a") && t.isAny(j + 1, "few", "couple")) {
            vague = t.is(j + 1, "few");   // "a couple of years" is two
            n = vague ? -1 : 2;
            k = t.is(j + 2, "of") ? j + 3 : j + 2;
        } else if (n < 0) {
            if (TimeWords.VAGUE.contains(w)) {
                vague = true;
            } else if (j > start && TimeWords.unit(w) != null && TimeWords.plural(w)) {
                vague = true;   // "the past months", "recent weeks"
                k = j;
            } else if (start == j && (t.isAny(j - 1, "for", "over", "within") || t.isAny(j + 1, "after", "before",
                    "earlier", "later")) && TimeWords.unit(w) != null && TimeWords.plural(w) && !t.is(j + 1, "of")
                    && !t.is(j, "seconds")) {
                return new TimeMatch(j, j + 1, TimexValues.duration(-1, TimeWords.unit(w)), "DURATION");
            } else {
                return null;
            }
        } else if (t.is(k, "and") && t.is(k + 1, "a") && t.is(k + 2, "half")) {
            k += 3;   // "two and a half years": kept whole, valued by its whole part
        }
        if (t.is(k, "more") || t.is(k, "additional") || t.is(k, "full")) {
            k++;
        }
        String unitWord = t.lower(k);
        String unit = TimeWords.unit(unitWord);
        if (unit == null || n == 0) {
            return null;
        }
        if (t.is(k + 1, "old") || t.is(k + 1, "ago") && start == j
                || t.is(k + 1, "of") && t.isAny(k + 2, "age") || unit.equals("S") && n == 1 && !t.is(j, "one")
                || unit.equals("Q") && (TimeWords.ordinal(w) > 0 || t.is(k + 1, "of") || start == j)) {
            return null;   // an age, a date counted from now (RelativeDates), "a second time"
        }
        if (n == 1 && t.isAny(j, "a", "an") && start == j && (t.isAny(j - 1, "%", "percent", "times", "twice")
                || t.tag.length > j && j > 0 && t.tag[j - 1].equals("CD") || t.lower(j - 1).endsWith("s") && t.isAny(j - 2, "%"))) {
            return new TimeMatch(j, k + 1, TimexValues.duration(1, unit), "SET");   // "5% a year", "twice a day"
        }
        return new TimeMatch(start, k + 1, TimexValues.duration(vague ? -1 : n, unit), "DURATION");
    }
}
