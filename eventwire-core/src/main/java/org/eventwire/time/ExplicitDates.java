package org.eventwire.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * Calendar dates written out: "March 3", "3 March 2024", "Monday, Oct. 26", "March 2024", "1998",
 * "1998-01-08", "1/8/98", decades ("the 1990s", "the '80s", "the eighties"), centuries ("the 20th
 * century") and a few fixed holidays. A day or month without a year takes the year that puts it
 * nearest the reference date.
 */
final class ExplicitDates implements TimeFamily {
    private static final SpokenYears SPOKEN = new SpokenYears();
    /** Words after which a number is read as a year even outside 1900-2099. */
    private static final Set<String> YEAR_CUES = Set.of("in", "since", "of", "from", "by", "until", "till", "to",
            "after", "before", "during", "between", "and", "early", "late", "mid", "year", "fiscal", "through",
            "around", "circa", "c.", "summer", "winter", "spring", "autumn", "fall");
    /** Words after a four-digit number that make it a count, not a year. */
    private static final Set<String> NOT_AFTER_YEAR = Set.of("%", "percent", "people", "points", "point", "feet",
            "meters", "metres", "miles", "km", "kilometers", "tons", "tonnes", "troops", "soldiers", "shares", "cars",
            "votes", "times", "hours", "minutes", "seconds", "pounds", "dollars", "yen", "barrels", "acres");

    @Override
    public TimeMatch at(TimeTokens t, int i, LocalDate ref) {
        String w = t.lower[i];
        if (TimeWords.WEEKDAYS.containsKey(w)) {
            // "Monday, Oct. 26": the written date is the value
            int j = t.is(i + 1, ",") ? i + 2 : i + 1;
            TimeMatch d = monthFirst(t, j, ref);
            return d != null && d.value().length() == 10 ? new TimeMatch(i, d.to(), d.value(), "DATE") : null;
        }
        if (TimeWords.month(w) > 0) {
            return monthFirst(t, i, ref);
        }
        if (t.is(i, "the") && TimeWords.ordinal(t.lower(i + 1)) > 0 && t.is(i + 2, "of")) {
            TimeMatch d = dayFirst(t, i + 1, i + 3, ref);
            return d == null ? null : d.withFrom(i, null);
        }
        if (TimeWords.digits(w) || TimeWords.ordinal(w) > 0) {
            TimeMatch d = dayFirst(t, i, i + 1, ref);
            if (d != null) {
                return d;
            }
        }
        TimeMatch m = decade(t, i);
        if (m != null) {
            return m;
        }
        m = century(t, i);
        if (m != null) {
            return m;
        }
        m = numeric(t, i);
        if (m != null) {
            return m;
        }
        if (year(t, i) > 0) {
            return new TimeMatch(i, i + 1, TimexValues.year(year(t, i)), "DATE");
        }
        return Holidays.at(t, i, ref);
    }

    /** "March 3", "March 3, 2024", "March 2024", "March of 2024", "March". */
    static TimeMatch monthFirst(TimeTokens t, int i, LocalDate ref) {
        int m = TimeWords.month(t.lower(i));
        if (m == 0 || !t.capitalised(i) && !t.word[i].equals(t.lower[i].toUpperCase(java.util.Locale.ROOT))) {
            return null;
        }
        String w = t.lower[i];
        if ((w.equals("may") || w.equals("march") || w.equals("mar") || w.equals("jan") || w.equals("sun"))
                && (t.tag[i].startsWith("MD") || t.tag[i].startsWith("VB"))) {
            return null;   // "May" as a modal, "March" as a verb
        }
        int j = i + 1;
        if (t.is(j, ".")) {
            j++;
        }
        int day = dayNumber(t.lower(j));
        if (day > 0 && TimeWords.unit(t.lower(j + 1)) != null) {
            day = 0;
        }
        if (day > 0) {
            int k = j + 1;
            int y = t.is(k, ",") ? year(t, k + 1) : year(t, k);
            if (y > 0) {
                return date(i, t.is(k, ",") ? k + 2 : k + 1, y, m, day);
            }
            int year = nearestYear(ref, m, day);
            return year > 0 ? date(i, k, year, m, day) : new TimeMatch(i, k, "XXXX-" + two(m) + "-" + two(day), "DATE");
        }
        int o = t.is(j, "of") ? j + 1 : j;
        if (ref != null && t.isAny(o, "this", "last", "next") && t.is(o + 1, "year")) {
            int y = ref.getYear() + (t.is(o, "last") ? -1 : t.is(o, "next") ? 1 : 0);
            return new TimeMatch(i, o + 2, TimexValues.month(y, m), "DATE");   // "March of this year", "July last year"
        }
        TimeMatch spoken = SPOKEN.at(t, o, ref);
        if (spoken != null) {
            return new TimeMatch(i, spoken.to(), spoken.value() + "-" + two(m), "DATE");   // "January nineteen ninety-seven"
        }
        int y = year(t, j) > 0 ? year(t, j) : t.isAny(j, ",", "of") ? year(t, j + 1) : -1;
        if (y > 0) {
            return new TimeMatch(i, year(t, j) > 0 ? j + 1 : j + 2, TimexValues.month(y, m), "DATE");
        }
        if (w.length() <= 3 && !t.word[i].endsWith(".") && !w.equals("may") || !t.tag[i].startsWith("NNP")) {
            return null;   // a bare abbreviation or a month name not tagged as a name is not a date alone
        }
        if (t.isAny(i + 1, "of", "for") && t.is(i - 1, "the")) {
            return null;   // "the March for Life", "the March of the Mothers": a name, not the month
        }
        int year = nearestYear(ref, m, 15);
        return new TimeMatch(i, i + 1, year > 0 ? TimexValues.month(year, m) : "XXXX-" + two(m), "DATE");
    }

    /** "3 March", "3 March 2024", "3rd of March". */
    private static TimeMatch dayFirst(TimeTokens t, int i, int monthAt, LocalDate ref) {
        int day = dayNumber(t.lower(i));
        int j = t.is(monthAt, "of") ? monthAt + 1 : monthAt;
        int m = TimeWords.month(t.lower(j));
        if (day <= 0 || m == 0 || !t.capitalised(j)) {
            return null;
        }
        int k = t.is(j + 1, ".") ? j + 2 : j + 1;
        int y = year(t, k) > 0 ? year(t, k) : t.is(k, ",") ? year(t, k + 1) : -1;
        if (y > 0) {
            return date(i, t.is(k, ",") ? k + 2 : k + 1, y, m, day);
        }
        int year = nearestYear(ref, m, day);
        return year > 0 ? date(i, k, year, m, day) : null;
    }

    private static TimeMatch date(int from, int to, int y, int m, int d) {
        try {
            return new TimeMatch(from, to, LocalDate.of(y, m, d).toString(), "DATE");
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "1990s", "1990's", "'80s", "80s", "the eighties": a decade's three digits. */
    private static TimeMatch decade(TimeTokens t, int i) {
        if (!t.lower[i].endsWith("s")) {
            return null;   // checked first: this runs on every part
        }
        String w = t.lower[i].replace("'", "").replace("’", "");
        Integer word = TimeWords.DECADE_WORDS.get(w);
        if (word != null && (t.is(i - 1, "the") || t.isAny(i - 1, "early", "late", "mid"))) {
            return new TimeMatch(i, i + 1, "19" + word, "DATE");
        }
        if (!w.endsWith("s") || !TimeWords.digits(w.substring(0, w.length() - 1))) {
            return null;
        }
        String n = w.substring(0, w.length() - 1);
        if (n.length() == 4 && n.endsWith("0")) {
            return new TimeMatch(i, i + 1, n.endsWith("00") ? n.substring(0, 2) : n.substring(0, 3), "DATE");
        }
        if (n.length() == 2 && n.endsWith("0") && t.isAny(i - 1, "his", "her", "their", "my", "your", "our", "its")) {
            return null;   // an age: "in his 30s"
        }
        if (n.length() == 2 && n.endsWith("0")) {
            return new TimeMatch(i, i + 1, (n.startsWith("0") || n.startsWith("1") ? "20" : "19") + n.charAt(0), "DATE");
        }
        return null;
    }

    /** "the 20th century", "the nineteenth century": the century's two digits. */
    private static TimeMatch century(TimeTokens t, int i) {
        int n = TimeWords.ordinal(t.lower[i]);
        if (n <= 0 || n > 21 || !t.isAny(i + 1, "century", "centuries")) {
            return null;
        }
        return new TimeMatch(i, i + 2, two(n - 1), "DATE");
    }

    /** "1998-01-08" (split into three parts by TimeTokens), "1/8/1998", "01/08/98" (month first). */
    private static TimeMatch numeric(TimeTokens t, int i) {
        String w = t.lower[i];
        if (w.length() == 4 && TimeWords.digits(w) && t.hyphen.length > i + 2 && t.hyphen[i + 1] && t.hyphen[i + 2]
                && t.lower[i + 1].length() == 2 && t.lower[i + 2].length() == 2
                && TimeWords.digits(t.lower[i + 1]) && TimeWords.digits(t.lower[i + 2])) {
            return date(i, i + 3, Integer.parseInt(w), Integer.parseInt(t.lower[i + 1]), Integer.parseInt(t.lower[i + 2]));
        }
        int a = w.indexOf('/');
        int b = a < 0 ? -1 : w.indexOf('/', a + 1);
        if (a <= 0 || b < 0 || w.indexOf('/', b + 1) >= 0) {
            return null;
        }
        String m = w.substring(0, a);
        String d = w.substring(a + 1, b);
        String y = w.substring(b + 1);
        if (!TimeWords.digits(m) || !TimeWords.digits(d) || !TimeWords.digits(y) || m.length() > 2 || d.length() > 2
                || y.length() != 2 && y.length() != 4) {
            return null;
        }
        int year = Integer.parseInt(y);
        year = y.length() == 4 ? year : year < 50 ? 2000 + year : 1900 + year;
        return date(i, i + 1, year, Integer.parseInt(m), Integer.parseInt(d));
    }

    /** The year a part names, or -1: four digits, a year word context for years outside 1900-2099. */
    static int year(TimeTokens t, int i) {
        String w = t.lower(i);
        if (w.length() != 4 || !TimeWords.digits(w) || t.is(i - 1, "$") || t.isAny(i + 1, "%")) {
            return -1;
        }
        int y = Integer.parseInt(w);
        if (y < 1000 || y > 2099 || NOT_AFTER_YEAR.contains(t.lower(i + 1)) || t.hyphen.length > i + 1 && t.hyphen[i + 1]
                && !TimeWords.digits(t.lower(i + 1))) {
            return -1;
        }
        if (y >= 1900 || YEAR_CUES.contains(t.lower(i - 1)) || t.lower(i - 1).equals(",")
                && TimeWords.month(t.lower(i - 3)) > 0) {
            return y;
        }
        return -1;
    }

    static int dayNumber(String w) {
        int d = TimeWords.digits(w) && w.length() <= 2 ? Integer.parseInt(w) : TimeWords.ordinal(w);
        return d >= 1 && d <= 31 ? d : 0;
    }

    /**
     * The year of month m (day d) without one written: the reference date's, unless that puts it
     * more than five months after the reference date (news looks back more than ahead), or more
     * than eight months before it; -1 without a reference date.
     */
    static int nearestYear(LocalDate ref, int m, int d) {
        if (ref == null) {
            return -1;
        }
        int ahead = (m - ref.getMonthValue()) * 31 + (d - ref.getDayOfMonth());
        if (ahead > 5 * 31) {
            return ref.getYear() - 1;
        }
        if (ahead < -8 * 31) {
            return ref.getYear() + 1;
        }
        return ref.getYear();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
