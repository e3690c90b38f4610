package org.eventwire.ingest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the date strings found in page metadata, feeds and archives into ISO yyyy-MM-dd. */
public final class Dates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() {
    }

    /** The calendar date in {@code raw}, or null when none can be read with confidence. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            return valid(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(s);
        if (m.find()) {
            return valid(m.group(1), m.group(2), m.group(3));
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            // not RFC 1123: try the written forms below
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            Integer month = month(m.group(1));
            if (month != null) {
                return valid(m.group(3), month.toString(), m.group(2));
            }
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            Integer month = month(m.group(2));
            if (month != null) {
                return valid(m.group(3), month.toString(), m.group(1));
            }
        }
        return null;
    }

    /** ISO date of a java.util.Date, read in UTC so the output does not depend on the machine. */
    public static String of(Date date) {
        return date == null ? null : date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }

    private static Integer month(String name) {
        return name.length() < 3 ? null : MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static String valid(String y, String mo, String d) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
            return date.getYear() < 1800 || date.getYear() > 2200 ? null : date.toString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
