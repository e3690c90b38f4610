package org.eventwire.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Holidays with a fixed or computable day: Christmas (Day, Eve), New Year's (Day, Eve),
 * Halloween, Valentine's Day, US Thanksgiving (the fourth Thursday of November). The year is
 * the one written after it, else the reference date's nearest.
 */
final class Holidays {
    private Holidays() {
    }

    static TimeMatch at(TimeTokens t, int i, LocalDate ref) {
        if (!t.capitalised(i)) {
            return null;
        }
        int month;
        int day;
        int to;
        String w = t.lower[i];
        if (w.equals("christmas") || w.equals("xmas")) {
            boolean eve = t.is(i + 1, "eve");
            month = 12;
            day = eve ? 24 : 25;
            to = eve || t.is(i + 1, "day") ? i + 2 : i + 1;
        } else if (w.equals("new") && t.is(i + 1, "year") && t.isAny(i + 2, "'s", "’s")) {
            boolean eve = t.is(i + 3, "eve");
            if (!eve && !t.is(i + 3, "day")) {
                return null;
            }
            month = eve ? 12 : 1;
            day = eve ? 31 : 1;
            to = i + 4;
        } else if (w.equals("halloween")) {
            month = 10;
            day = 31;
            to = i + 1;
        } else if (w.equals("valentine") && t.isAny(i + 1, "'s", "’s") && t.is(i + 2, "day")) {
            month = 2;
            day = 14;
            to = i + 3;
        } else if (w.equals("thanksgiving")) {
            month = 11;
            day = 0;
            to = t.is(i + 1, "day") ? i + 2 : i + 1;
        } else {
            return null;
        }
        int y = ExplicitDates.year(t, to);
        int year = y > 0 ? y : ExplicitDates.nearestYear(ref, month, day == 0 ? 24 : day);
        if (year <= 0) {
            return null;
        }
        LocalDate d = day == 0
                ? LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY))
                : LocalDate.of(year, month, day);
        return new TimeMatch(i, y > 0 ? to + 1 : to, d.toString(), "DATE");
    }
}
