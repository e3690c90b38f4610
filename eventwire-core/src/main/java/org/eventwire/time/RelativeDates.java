package org.eventwire.time;

import java.time.LocalDate;
import java.util.Map;

/**
 * Dates counted from the reference date (the dateline's, else the publication date): "today",
 * "yesterday", "last April", "this week", "next year", "two weeks ago", "a year earlier",
 * "earlier this month", "later this year", the weekend; and the fuzzy references "now"
 * (PRESENT_REF), "recently", "the past" (PAST_REF), "the future", "soon" (FUTURE_REF).
 * A period is written at the precision its unit names ("last month" is 2023-06, "last week"
 * 2023-W27, "two years ago" 2021).
 */
final class RelativeDates implements TimeFamily {
    private static final DayTimes DAYS = new DayTimes();
    private static final Map<String, String> FUZZY = Map.of("now", "PRESENT_REF", "currently", "PRESENT_REF",
            "nowadays", "PRESENT_REF", "recently", "PAST_REF", "lately", "PAST_REF", "soon", "FUTURE_REF");

    @Override
    public TimeMatch at(TimeTokens t, int i, LocalDate ref) {
        String w = t.lower[i];
        String fuzzy = FUZZY.get(w);
        if (fuzzy != null) {
            if (w.equals("now") && t.is(i - 1, "from") || w.equals("soon") && t.isAny(i + 1, "after", "as")) {
                return null;   // "from now on", "as soon as": not a reference to the present
            }
            return new TimeMatch(i, i + 1, fuzzy, "DATE");
        }
        if (w.equals("recent") && !t.tag[i].isEmpty() && t.is(i + 1, "years")) {
            return new TimeMatch(i, i + 2, "PAST_REF", "DATE");
        }
        if (w.equals("the") || w.equals("in")) {
            return phrase(t, i, ref);
        }
        if (ref == null) {
            return null;
        }
        if (i > 0 && t.capitalised(i) && t.capitalised(i - 1) && TimeWords.alphabetic(t.lower(i - 1))
                || t.capitalised(i) && t.capitalised(i + 1) && t.is(i + 1, "week") && i > 0) {
            return null;   // a title: "VOA Today", "ABC's \"This Week\""
        }
        switch (w) {
            case "today":
                return dayPart(t, i, ref);
            case "yesterday":
                return dayPart(t, i, ref.minusDays(1));
            case "tomorrow":
                return dayPart(t, i, ref.plusDays(1));
            case "tonight":
                return new TimeMatch(i, i + 1, ref.toString(), "DATE");
            default:
                break;
        }
        if (w.equals("year") && (t.is(i + 1, "end") || t.isAny(i + 1, "'s", "’s") && t.is(i + 2, "end"))) {
            int to = t.is(i + 1, "end") ? i + 2 : i + 3;
            return new TimeMatch(i, to, TimexValues.year(ref.getYear()), "DATE", "END");   // "year-end", "year's end"
        }
        if (w.equals("that") && (t.is(i + 1, "day") || t.is(i + 1, "same") && t.is(i + 2, "day")
                || TimeWords.DAY_PARTS.containsKey(t.lower(i + 1)) && !t.isAny(i + 1, "tonight", "overnight"))) {
            int to = t.is(i + 1, "same") ? i + 3 : i + 2;
            int from = t.isAny(i - 1, "earlier", "later") ? i - 1 : i;
            return new TimeMatch(from, to, ref.toString(), "DATE");   // NarrativeTimes counts it from the story's day
        }
        TimeMatch m = shifted(t, i, ref);
        return m != null ? m : ago(t, i, ref);
    }

    /** "the past", "the future", "the near future", "the present", "in future", "the weekend", "the day before". */
    private static TimeMatch phrase(TimeTokens t, int i, LocalDate ref) {
        int j = i + 1;
        if (t.isAny(j, "near", "foreseeable", "distant", "immediate") && t.is(j + 1, "future")) {
            return new TimeMatch(i, j + 2, "FUTURE_REF", "DATE");
        }
        if (t.is(i, "in") && t.is(j, "the")) {
            j++;
        }
        boolean noun = !quantity(t, j + 1) && !TimeWords.alphabetic(t.lower(j + 1)) || t.isAny(j + 1, "and", "or",
                "but", "as", "when", "that", "is", "was", "will", "has", "had", "to", "of", "for", "in", "with", "the");
        if (t.is(j, "future") && noun && !t.is(i, "in")) {
            return new TimeMatch(i, j + 1, "FUTURE_REF", "DATE");
        }
        if (t.is(j, "past") && noun && j > i + 1 - (t.is(i, "in") ? 0 : 1) && (t.is(i, "the") || j == i + 2)) {
            return new TimeMatch(i, j + 1, "PAST_REF", "DATE");
        }
        if (t.is(j, "present") && noun && t.is(i, "the")) {
            return new TimeMatch(i, j + 1, "PRESENT_REF", "DATE");
        }
        if (ref == null || !t.is(i, "the")) {
            return null;
        }
        if (t.is(j, "weekend")) {
            return new TimeMatch(i, j + 1, weekend(ref), "DATE");
        }
        if (t.isAny(j, "previous", "next", "following", "same") && (t.is(j + 1, "day")
                || TimeWords.DAY_PARTS.containsKey(t.lower(j + 1)) && !t.isAny(j + 1, "tonight", "overnight"))) {
            int d = t.is(j, "previous") ? -1 : t.is(j, "same") ? 0 : 1;
            return new TimeMatch(i, j + 2, ref.plusDays(d).toString(), "DATE");
        }
        TimeMatch day = t.is(j, "day") && t.isAny(j + 1, "before", "after") ? DAYS.at(t, j + 2, ref) : null;
        if (day != null && day.value().length() == 10) {
            // "the day before last Tuesday('s hearing)": one day from the day named
            LocalDate d = LocalDate.parse(day.value()).plusDays(t.is(j + 1, "before") ? -1 : 1);
            return new TimeMatch(i, day.to(), d.toString(), "DATE");
        }
        if (t.is(j, "day") && t.isAny(j + 1, "before", "after") && !TimeWords.alphabetic(t.lower(j + 2))
                && !quantity(t, j + 2)) {
            return new TimeMatch(i, j + 2, ref.plusDays(t.is(j + 1, "before") ? -1 : 1).toString(), "DATE");
        }
        if (t.isAny(j, "year", "month") && t.is(i - 1, "of") && t.isAny(i - 2, "end", "beginning", "start", "middle",
                "rest", "half", "close")) {
            return new TimeMatch(i, j + 1, TimexValues.period(ref, TimeWords.unit(t.lower(j))), "DATE");
        }
        return null;
    }

    private static boolean quantity(TimeTokens t, int i) {
        return TimeWords.cardinal(t.lower(i)) >= 0 || TimeWords.VAGUE.contains(t.lower(i)) || TimeWords.unit(t.lower(i)) != null;
    }

    /** A day named by a deictic word, with a part of it: "yesterday morning", "today". */
    private static TimeMatch dayPart(TimeTokens t, int i, LocalDate day) {
        String part = TimeWords.DAY_PARTS.get(t.lower(i + 1));
        if (part != null && !t.is(i + 1, "tonight") && !t.is(i + 1, "overnight")) {
            return new TimeMatch(i, i + 2, day + "T" + part, "TIME");
        }
        return new TimeMatch(i, i + 1, day.toString(), "DATE");
    }

    /** "last/this/next/coming/past/previous" + unit, month or season; "earlier/later this" + unit. */
    private static TimeMatch shifted(TimeTokens t, int i, LocalDate ref) {
        String w = t.lower[i];
        int from = i;
        int j = i;
        if (w.equals("earlier") || w.equals("later")) {
            if (!t.isAny(i + 1, "this", "last", "next")) {
                return null;
            }
            j = i + 1;
            w = t.lower[j];
        }
        int dir;
        switch (w) {
            case "this", "current" -> dir = 0;
            case "last", "past", "previous" -> dir = -1;
            case "next", "coming" -> dir = 1;
            default -> {
                return null;
            }
        }
        if (w.equals("current") && !t.isAny(j + 1, "year", "quarter", "month", "week")) {
            return null;
        }
        if (t.is(j + 1, "fiscal") && t.is(j + 2, "year")) {
            return new TimeMatch(from, j + 3, TimexValues.year(ref.getYear() + dir), "DATE");
        }
        String next = t.lower(j + 1);
        boolean the = t.is(i - 1, "the");
        String unit = TimeWords.unit(next);
        if (unit != null && !TimeWords.plural(next)) {
            if (the && dir != 0 || w.equals("past")) {
                // "the past year", "the next week": a stretch of time, not a calendar period
                return new TimeMatch(the ? i - 1 : from, j + 2, TimexValues.duration(1, unit), "DURATION");
            }
            if (unit.equals("WE")) {
                LocalDate d = dir == 0 ? ref : ref.plusWeeks(dir);
                return new TimeMatch(from, j + 2, TimexValues.week(d) + "-WE", "DATE");
            }
            LocalDate d = TimexValues.shift(ref, unit, dir);
            String v = d == null ? null : TimexValues.period(d, unit);
            if (unit.equals("D")) {
                return null;   // "this day", "next day": NarrativeTimes counts those from the story
            }
            return v == null ? null : new TimeMatch(from, j + 2, v, "DATE");
        }
        int m = TimeWords.month(next);
        if (m > 0 && t.capitalised(j + 1) && next.length() > 3) {
            int y = ref.getYear();
            if (dir < 0 && m >= ref.getMonthValue()) {
                y--;
            } else if (dir > 0 && m <= ref.getMonthValue()) {
                y++;
            }
            return new TimeMatch(from, j + 2, TimexValues.month(y, m), "DATE");
        }
        String season = TimeWords.SEASONS.get(next);
        if (season != null) {
            return new TimeMatch(from, j + 2, Periods.season(ref, season, dir), "DATE");
        }
        return null;
    }

    /** "two weeks ago", "a year earlier", "three days later", "several years ago" (PAST_REF). */
    private static TimeMatch ago(TimeTokens t, int i, LocalDate ref) {
        int n = TimeWords.cardinal(t.lower[i]);
        int j = i + 1;
        if (n >= 20 && n < 100 && n % 10 == 0 && TimeWords.cardinal(t.lower(j)) > 0 && TimeWords.cardinal(t.lower(j)) < 10) {
            n += TimeWords.cardinal(t.lower(j));
            j++;
        }
        boolean vague = false;
        if (n < 0) {
            if (t.is(i, "a") && t.is(j, "few") || TimeWords.VAGUE.contains(t.lower[i])) {
                vague = true;
                j = t.is(i, "a") ? j + 1 : j;
            } else if (TimeWords.unit(t.lower[i]) != null && TimeWords.plural(t.lower[i])) {
                vague = true;
                j = i;
            } else {
                return null;
            }
        }
        String unit = TimeWords.unit(t.lower(j));
        if (unit == null) {
            return null;
        }
        String dirWord = t.lower(j + 1);
        int dir = switch (dirWord) {
            case "ago", "earlier", "before" -> -1;
            case "later", "after", "hence" -> 1;
            case "from" -> t.is(j + 2, "now") ? 1 : 0;
            default -> 0;
        };
        if (dir == 0 || dir > 0 && !dirWord.equals("from") && !dirWord.equals("hence") && !dirWord.equals("later")) {
            return null;
        }
        int to = dirWord.equals("from") ? j + 3 : j + 2;
        if (unit.equals("D") && !dirWord.equals("ago")) {
            return null;   // "two days earlier" counts from the story's day: NarrativeTimes
        }
        if (vague && !dirWord.equals("ago")) {
            return null;   // "hours after": a length (Durations)
        }
        if (vague) {
            return new TimeMatch(i, to, "PAST_REF", "DATE");
        }
        if (unit.equals("H") || unit.equals("MIN") || unit.equals("S")) {
            return new TimeMatch(i, to, ref.toString(), "DATE");
        }
        LocalDate d = TimexValues.shift(ref, unit, dir * n);
        return d == null ? null : new TimeMatch(i, to, TimexValues.period(d, unit), "DATE");
    }

    /** The last weekend begun by the reference day. */
    static String weekend(LocalDate ref) {
        LocalDate d = ref.getDayOfWeek().getValue() >= 6 ? ref : ref.minusWeeks(1);
        return TimexValues.week(d) + "-WE";
    }
}
