package org.eventwire.time;

import java.time.LocalDate;

/**
 * Parts of a year: seasons ("this summer", "the winter of 1994"), calendar and fiscal quarters
 * and halves ("the third quarter", "third-quarter", "Q3 2024", "the first half of 1990", "fiscal
 * 1989"). A quarter without a year is the latest one begun by the reference date ("the fourth
 * quarter" in January is last year's). Business news then speaks of "the quarter", "the latest
 * quarter" and "a year earlier" or "the year-ago period" relative to the quarter it reports on:
 * one instance per document keeps that quarter.
 */
final class Periods implements TimeFamily {
    private static final SpokenYears SPOKEN = new SpokenYears();
    private String quarter;

    @Override
    public TimeMatch at(TimeTokens t, int i, LocalDate ref) {
        String w = t.lower[i];
        int start = i;
        int j = i;
        if (w.equals("the") || w.equals("its") || w.equals("this") || w.equals("that")) {
            j++;
        }
        if (t.is(j, "fiscal")) {
            if (ExplicitDates.year(t, j + 1) > 0) {
                return new TimeMatch(start, j + 2, TimexValues.year(ExplicitDates.year(t, j + 1)), "DATE");
            }
            j++;
        }
        if (j > start && t.isAny(j, "latest", "current", "same") && t.isAny(j + 1, "quarter", "period")
                || j > start && t.is(j, "quarter") && !t.is(j + 1, "century") && !t.isAny(start, "its")) {
            if (quarter == null || t.is(j + 1, "period") && !t.is(j, "latest")) {
                return null;
            }
            return new TimeMatch(start, t.is(j, "quarter") ? j + 1 : j + 2, quarter, "DATE");
        }
        TimeMatch own = ofYear(t, start, j, ref);
        if (own != null) {
            return own;
        }
        TimeMatch yearAgo = yearAgo(t, start, j);
        if (yearAgo != null) {
            return yearAgo;
        }
        int q = TimeWords.ordinal(t.lower(j));
        int qq = qShort(t.lower(j));
        if (t.isAny(j, "first", "last") && t.is(j + 1, "two") && t.is(j + 2, "quarters") || t.is(j, "last")
                && t.is(j + 1, "half")) {
            q = t.is(j, "first") ? 1 : 2;   // "the first two quarters", "the last half": a half year
            j = t.is(j + 1, "two") ? j + 1 : j;
            return half(t, start, j, q, ref);
        }
        boolean isQuarter = q >= 1 && q <= 4 && t.isAny(j + 1, "quarter", "quarters");
        if ((q == 1 || q == 2) && t.is(j + 1, "half")) {
            return half(t, start, j, q, ref);
        }
        if (qq > 0) {
            q = qq;
            isQuarter = true;
        }
        if (isQuarter) {
            int to = qq > 0 ? j + 1 : j + 2;
            int y = ExplicitDates.year(t, to);
            if (y > 0) {
                to++;
            } else if (t.is(to, "of") && ExplicitDates.year(t, to + 1) > 0) {
                y = ExplicitDates.year(t, to + 1);
                to += 2;
            } else if (ref != null) {
                y = q <= TimexValues.quarterOf(ref) ? ref.getYear() : ref.getYear() - 1;
            } else {
                return null;
            }
            quarter = TimexValues.quarter(y, q);
            return new TimeMatch(start, to, quarter, "DATE");
        }
        String season = TimeWords.SEASONS.get(t.lower(j));
        if (season != null && (j > start || t.isAny(i - 1, "in", "during", "since", "until", "by", "early", "late",
                "mid", "this"))) {
            if (w.equals("its")) {
                return null;
            }
            int y = ExplicitDates.year(t, j + 1);
            TimeMatch spoken = t.is(j + 1, "of") ? SPOKEN.at(t, j + 2, ref) : null;
            if (spoken != null) {
                return new TimeMatch(start, spoken.to(), spoken.value() + "-" + season, "DATE");
            }
            if (y > 0 || t.is(j + 1, "of") && ExplicitDates.year(t, j + 2) > 0) {
                int to = y > 0 ? j + 2 : j + 3;
                y = y > 0 ? y : ExplicitDates.year(t, j + 2);
                return new TimeMatch(start, to, TimexValues.year(y) + "-" + season, "DATE");
            }
            if (ref == null || t.is(j + 1, "of")) {
                return null;
            }
            return new TimeMatch(start, j + 1, season(ref, season, 0), "DATE");
        }
        return null;
    }

    /** Half q of the year written after part j + 1 ("of 1989", "1989"), else the latest begun by the reference date. */
    private static TimeMatch half(TimeTokens t, int start, int j, int q, LocalDate ref) {
        int to = j + 2;
        int y = ExplicitDates.year(t, to);
        if (y > 0) {
            to++;
        } else if (t.is(to, "of") && ExplicitDates.year(t, to + 1) > 0) {
            y = ExplicitDates.year(t, to + 1);
            to += 2;
        } else if (ref != null) {
            y = q <= (ref.getMonthValue() <= 6 ? 1 : 2) ? ref.getYear() : ref.getYear() - 1;
        } else {
            return null;
        }
        return new TimeMatch(start, to, TimexValues.year(y) + "-H" + q, "DATE");
    }

    /** "a year earlier", "a year ago", "the year-earlier quarter", "year-ago": the reported quarter a year back. */
    private TimeMatch yearAgo(TimeTokens t, int start, int j) {
        if (quarter == null) {
            return null;
        }
        int to;
        if (t.isAny(start, "a", "one") && t.is(start + 1, "year") && t.isAny(start + 2, "ago", "earlier")) {
            to = start + 3;
        } else if (t.is(j, "year") && t.isAny(j + 1, "earlier", "ago") && t.hyphen.length > j + 1 && t.hyphen[j + 1]) {
            to = j + 2;
            if (t.isAny(to, "quarter", "period")) {
                to++;
            } else if (TimeWords.ordinal(t.lower(to)) > 0 && t.is(to + 1, "quarter")) {
                to += 2;
            }
        } else {
            return null;
        }
        int y = Integer.parseInt(quarter.substring(0, 4)) - 1;
        return new TimeMatch(start, to, y + quarter.substring(4), "DATE");
    }

    /**
     * A quarter of a named year: "this year's third quarter", "last year's quarter", "the 1988
     * third quarter", "the 1989 period" (the reported quarter's number in that year).
     */
    private TimeMatch ofYear(TimeTokens t, int start, int j, LocalDate ref) {
        int y;
        int k;
        if (j > start && t.isAny(start, "this", "last", "next")) {
            j = start;
        }
        if (ref != null && t.isAny(j, "this", "last", "next") && t.is(j + 1, "year") && t.isAny(j + 2, "'s", "’s")) {
            y = ref.getYear() + (t.is(j, "last") ? -1 : t.is(j, "next") ? 1 : 0);
            k = j + 3;
        } else if (j > start && ExplicitDates.year(t, j) > 0) {
            y = ExplicitDates.year(t, j);
            k = j + 1;
        } else {
            return null;
        }
        int q = TimeWords.ordinal(t.lower(k));
        if (q >= 1 && q <= 4 && t.is(k + 1, "quarter")) {
            quarter = TimexValues.quarter(y, q);
            return new TimeMatch(start, k + 2, quarter, "DATE");
        }
        if (quarter != null && t.isAny(k, "quarter", "period")) {
            return new TimeMatch(start, k + 1, y + quarter.substring(4), "DATE");
        }
        return null;
    }

    /** "q3" as a quarter's number, else 0. */
    private static int qShort(String w) {
        return w.length() == 2 && w.charAt(0) == 'q' && w.charAt(1) >= '1' && w.charAt(1) <= '4' ? w.charAt(1) - '0' : 0;
    }

    /**
     * A season relative to the reference date: this one (dir 0), the last one before (-1), the
     * next one after (1). Winter belongs to the year it begins in.
     */
    static String season(LocalDate ref, String season, int dir) {
        int month = ref.getMonthValue();
        int year = ref.getYear();
        int start = switch (season) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        if (season.equals("WI") && month <= 2) {
            year--;   // January's winter began last December
        }
        if (dir < 0 && (month < start + 3 && !(season.equals("WI") && month <= 2) || season.equals("WI") && month <= 2)) {
            year--;
        } else if (dir > 0 && month >= start) {
            year++;
        }
        return TimexValues.year(year) + "-" + season;
    }
}
