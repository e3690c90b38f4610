package org.eventwire.time;

import java.time.LocalDate;

/**
 * Years in words, as transcripts write them: "nineteen ninety-six", "nineteen eighty", "two
 * thousand", "the year two thousand".
 */
final class SpokenYears implements TimeFamily {
    @Override
    public TimeMatch at(TimeTokens t, int i, LocalDate ref) {
        int start = t.is(i, "the") && t.is(i + 1, "year") ? i + 2 : i;
        if (t.is(start, "two") && t.is(start + 1, "thousand")) {
            int j = start + 2;
            int ones = t.is(j, "and") ? TimeWords.cardinal(t.lower(j + 1)) : -1;
            if (ones > 0 && ones < 20) {
                return new TimeMatch(i, j + 2, TimexValues.year(2000 + ones), "DATE");
            }
            if (start == i && !t.isAny(i - 1, "in", "since", "by", "until", "of", "from")) {
                return null;
            }
            return new TimeMatch(i, j, "2000", "DATE");
        }
        int century = t.is(start, "nineteen") ? 19 : t.is(start, "eighteen") ? 18 : 0;
        if (century == 0) {
            return null;
        }
        int j = start + 1;
        int tens = TimeWords.cardinal(t.lower(j));
        if (tens < 10 || tens >= 100 || tens % 10 != 0 && tens > 19) {
            return null;
        }
        j++;
        if (tens >= 20) {
            int ones = TimeWords.cardinal(t.lower(j));
            if (ones > 0 && ones < 10 && !t.isAny(j, "a", "an")) {
                tens += ones;
                j++;
            }
        }
        return new TimeMatch(i, j, Integer.toString(century * 100 + tens), "DATE");
    }
}
