package org.eventwire.time;

import java.time.LocalDate;
import java.util.Set;

/**
 * Weekdays and times of day: "Friday", "last Friday", "Friday night", "this morning", "last
 * night", "3 p.m.", "10:35 a.m. EST Tuesday", "noon", "midnight Friday", "4 in the morning".
 * A weekday's value here is the last one up to the reference date; {@link NarrativeTimes} then
 * moves it by the tense of its clause ("will meet on Friday" is the next one).
 */
final class DayTimes implements TimeFamily {
    private static final Set<String> ZONES = Set.of("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt",
            "utc", "bst", "cet", "cest", "ist", "jst");

    @Override
    public TimeMatch at(TimeTokens t, int i, LocalDate ref) {
        String w = t.lower[i];
        if (ref == null) {
            return null;
        }
        if (TimeWords.WEEKDAYS.containsKey(w) && t.capitalised(i)) {
            return weekday(t, i, i, ref);
        }
        if (t.isAny(i, "last", "next", "this", "past", "coming", "previous") && TimeWords.WEEKDAYS.containsKey(t.lower(i + 1))
                && t.capitalised(i + 1)) {
            return weekday(t, i, i + 1, ref);
        }
        if (t.is(i, "this") && t.is(i + 1, "past") && TimeWords.WEEKDAYS.containsKey(t.lower(i + 2))) {
            return weekday(t, i, i + 2, ref);
        }
        if (t.isAny(i, "this", "last") && TimeWords.DAY_PARTS.containsKey(t.lower(i + 1)) && !t.is(i + 1, "tonight")
                && !t.is(i + 1, "overnight")) {
            LocalDate d = t.is(i, "last") ? ref.minusDays(1) : ref;
            if (t.is(i, "last") && !t.is(i + 1, "night")) {
                return null;
            }
            return new TimeMatch(i, i + 2, d + "T" + TimeWords.DAY_PARTS.get(t.lower(i + 1)), "TIME");
        }
        if (t.is(i, "overnight") && !t.tag[i].startsWith("JJ")) {
            return new TimeMatch(i, i + 1, ref + "TNI", "TIME");
        }
        return clock(t, i, ref);
    }

    /** A weekday at part d (the expression from part from), with a part of the day after it. */
    private static TimeMatch weekday(TimeTokens t, int from, int d, LocalDate ref) {
        int dow = TimeWords.WEEKDAYS.get(t.lower(d));
        LocalDate day = ref.minusDays(Math.floorMod(ref.getDayOfWeek().getValue() - dow, 7));
        if (t.isAny(from, "next", "coming")) {
            day = ref.plusDays(Math.floorMod(dow - ref.getDayOfWeek().getValue(), 7));
            if (t.is(from, "next") && day.equals(ref)) {
                day = day.plusWeeks(1);
            }
        } else if (from < d && day.equals(ref) && !t.is(from, "this")) {
            day = day.minusWeeks(1);
        }
        // "Friday night" and "Friday morning" are valued as the day (news dates the night's events by
        // it, and so does TimeBank about two times in three); "Friday evening/afternoon" keep their
        // part as the TIMEX3 guidelines value them (2000-01-07TEV), and TimeBank does throughout
        String part = TimeWords.DAY_PARTS.get(t.lower(d + 1));
        boolean withPart = part != null && !t.is(d + 1, "tonight") && !t.is(d + 1, "overnight");
        boolean keepPart = withPart && (part.equals("EV") || part.equals("AF"));
        return keepPart ? new TimeMatch(from, d + 2, day + "T" + part, "TIME")
                : new TimeMatch(from, withPart ? d + 2 : d + 1, day.toString(), "DATE");
    }

    /** "3 p.m.", "10:35 a.m.", "15:00 GMT", "noon", "midnight", each with a weekday or "today" after it. */
    private static TimeMatch clock(TimeTokens t, int i, LocalDate ref) {
        String w = t.lower[i];
        int hour;
        int minute = 0;
        int j;
        boolean sure;
        if ((w.equals("noon") || w.equals("midday") || w.equals("midnight")) && !t.is(i - 1, "high")) {
            hour = w.equals("midnight") ? 24 : 12;
            j = i + 1;
            sure = true;
        } else if (w.equals("noon")) {
            return null;   // "high noon"
        } else {
            int colon = w.indexOf(':');
            String h = colon > 0 ? w.substring(0, colon) : w;
            String ampm = "";
            if (h.endsWith("am") || h.endsWith("pm")) {
                ampm = h.substring(h.length() - 2);
                h = h.substring(0, h.length() - 2);
            }
            if (!TimeWords.digits(h) || h.length() > 2) {
                return null;
            }
            hour = Integer.parseInt(h);
            if (colon > 0) {
                String m = w.substring(colon + 1);
                if (m.endsWith("am") || m.endsWith("pm")) {
                    ampm = m.substring(m.length() - 2);
                    m = m.substring(0, m.length() - 2);
                }
                if (m.length() != 2 || !TimeWords.digits(m)) {
                    return null;
                }
                minute = Integer.parseInt(m);
            }
            j = i + 1;
            if (ampm.isEmpty() && t.isAny(j, "a.m.", "am", "a.m", "p.m.", "pm", "p.m")) {
                ampm = t.lower(j).substring(0, 1) + "m";
                j++;
            } else if (ampm.isEmpty() && t.is(j, "o'clock")) {
                j++;
                ampm = "?";
            } else if (ampm.isEmpty() && t.is(j, "in") && t.is(j + 1, "the") && TimeWords.DAY_PARTS.containsKey(t.lower(j + 2))) {
                ampm = t.is(j + 2, "morning") ? "am" : "pm";
                j += 3;
            }
            sure = !ampm.isEmpty() || colon > 0 && (ZONES.contains(t.lower(j)) || t.isAny(i - 1, "at", "by", "until",
                    "before", "after", "around"));
            if (!sure || hour > 24 || minute > 59) {
                return null;
            }
            if (ampm.equals("pm") && hour < 12) {
                hour += 12;
            } else if (ampm.equals("am") && hour == 12) {
                hour = 0;
            }
        }
        if (ZONES.contains(t.lower(j))) {
            j++;
        } else if (t.is(j, "local") && t.is(j + 1, "time")) {
            j += 2;
        }
        LocalDate day = ref;
        int k = t.is(j, ",") || t.is(j, "on") ? j + 1 : j;
        if (TimeWords.WEEKDAYS.containsKey(t.lower(k)) && t.capitalised(k)) {
            TimeMatch wd = weekday(t, k, k, ref);
            day = LocalDate.parse(wd.value().substring(0, 10));
            j = k + 1;
        } else if (TimeWords.month(t.lower(k)) > 0 && ExplicitDates.monthFirst(t, k, ref) != null
                && ExplicitDates.monthFirst(t, k, ref).value().length() == 10) {
            TimeMatch d = ExplicitDates.monthFirst(t, k, ref);   // "5 p.m. EST, Nov. 6"
            day = LocalDate.parse(d.value());
            j = d.to();
        } else if (t.isAny(k, "today", "yesterday", "tomorrow")) {
            day = t.is(k, "yesterday") ? ref.minusDays(1) : t.is(k, "tomorrow") ? ref.plusDays(1) : ref;
            j = k + 1;
        }
        String hm = (hour < 10 ? "0" : "") + hour + ":" + (minute < 10 ? "0" : "") + minute;
        return new TimeMatch(i, j, day + "T" + hm, "TIME");
    }
}
