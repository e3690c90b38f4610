package org.eventwire.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** TIMEX3 values of calendar periods, and the period a unit names around a day. */
final class TimexValues {
    private TimexValues() {
    }

    static String day(LocalDate d) {
        return d.toString();
    }

    static String month(int year, int month) {
        return year4(year) + "-" + two(month);
    }

    static String year(int year) {
        return year4(year);
    }

    /** ISO week of a day: "1998-W02". */
    static String week(LocalDate d) {
        return year4(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String quarter(int year, int q) {
        return year4(year) + "-Q" + q;
    }

    static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    /** The calendar period of the given unit holding the day: its week, month, quarter, year, decade, century. */
    static String period(LocalDate d, String unit) {
        return switch (unit) {
            case "D" -> day(d);
            case "W" -> week(d);
            case "WE" -> week(d) + "-WE";
            case "M" -> month(d.getYear(), d.getMonthValue());
            case "Q" -> quarter(d.getYear(), quarterOf(d));
            case "Y" -> year(d.getYear());
            case "DE" -> year(d.getYear()).substring(0, 3);
            case "CE" -> year(d.getYear()).substring(0, 2);
            default -> null;
        };
    }

    /** The day n units after d (before when n is negative), for units of a day or longer. */
    static LocalDate shift(LocalDate d, String unit, int n) {
        return switch (unit) {
            case "D" -> d.plusDays(n);
            case "W", "WE" -> d.plusWeeks(n);
            case "2W" -> d.plusWeeks(2L * n);
            case "M" -> d.plusMonths(n);
            case "Q" -> d.plusMonths(3L * n);
            case "Y" -> d.plusYears(n);
            case "DE" -> d.plusYears(10L * n);
            case "CE" -> d.plusYears(100L * n);
            default -> null;
        };
    }

    /** A duration of n units ("P3Y", "PT2H", "P10Y" for a decade); n < 0 writes X ("PXY"). */
    static String duration(int n, String unit) {
        String count = n < 0 ? "X" : Integer.toString(n);
        return switch (unit) {
            case "H" -> "PT" + count + "H";
            case "MIN" -> "PT" + count + "M";
            case "S" -> "PT" + count + "S";
            case "DE" -> n < 0 ? "P" + count + "DE" : "P" + (10 * n) + "Y";
            case "CE" -> n < 0 ? "P" + count + "CE" : "P" + (100 * n) + "Y";
            case "2W" -> n < 0 ? "PXW" : "P" + (2 * n) + "W";
            default -> "P" + count + unit;
        };
    }

    private static String year4(int y) {
        if (y < 0) {
            return Integer.toString(y);
        }
        String s = Integer.toString(y);
        return "0000".substring(s.length() < 4 ? s.length() : 4) + s;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
