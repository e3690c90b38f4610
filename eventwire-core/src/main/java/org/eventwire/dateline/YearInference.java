package org.eventwire.dateline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.Map;

/**
 * Picks the year of a dateline that gives only month and day, when no publication date is
 * known: the latest year, not after today, in which the weekdays the article names fall on the
 * right dates. An explicit pairing ("Wednesday, July 26") must hold exactly; a bare weekday
 * ("on Wednesday") in a wire report means the day of the dateline or the day before, the way
 * agencies date yesterday's events.
 */
public final class YearInference {
    private static final int YEARS_BACK = 40;

    private YearInference() {
    }

    /**
     * @param dateline     month and day of the dateline
     * @param pairs        explicit weekday and date pairs found in the text
     * @param bareWeekdays weekdays named without a date
     * @param today        the latest possible date
     * @return the inferred date, or null when no year fits
     */
    public static LocalDate infer(MonthDay dateline, Map<MonthDay, DayOfWeek> pairs,
                                  Collection<DayOfWeek> bareWeekdays, LocalDate today) {
        LocalDate fallback = null;
        for (int year = today.getYear(); year > today.getYear() - YEARS_BACK; year--) {
            if (!dateline.isValidYear(year)) {
                continue;
            }
            LocalDate d = dateline.atYear(year);
            if (d.isAfter(today)) {
                continue;
            }
            if (!pairsHold(pairs, year)) {
                continue;
            }
            if (fallback == null) {
                fallback = d;
            }
            if (bareWeekdays.isEmpty() && !pairs.isEmpty()) {
                return d;
            }
            if (!bareWeekdays.isEmpty() && bareWeekdays.stream().allMatch(w -> daysBack(d, w) <= 1)) {
                return d;
            }
        }
        // nothing pins the year: the latest one allowed, as a reader would assume
        return fallback;
    }

    private static boolean pairsHold(Map<MonthDay, DayOfWeek> pairs, int year) {
        for (Map.Entry<MonthDay, DayOfWeek> e : pairs.entrySet()) {
            if (!e.getKey().isValidYear(year) || e.getKey().atYear(year).getDayOfWeek() != e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static int daysBack(LocalDate d, DayOfWeek w) {
        return Math.floorMod(d.getDayOfWeek().getValue() - w.getValue(), 7);
    }
}
