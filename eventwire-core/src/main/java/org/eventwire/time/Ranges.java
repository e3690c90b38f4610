package org.eventwire.time;

/**
 * The second end of a range whose first end is a day of a month: "March 3 to 5", "March 3-5",
 * "from 3 through 7 March" is not read (its first end has no month). The second end is its own
 * expression and takes the first end's year and month.
 */
final class Ranges {
    private Ranges() {
    }

    /** The two ends {first, second} when a second end follows (a year after it dates both), else null. */
    static TimeMatch[] ends(TimeTokens t, TimeMatch first) {
        TimeMatch second = secondEnd(t, first);
        if (second == null) {
            return null;
        }
        String y = second.value().substring(0, 4);
        TimeMatch f = first.value().startsWith(y) ? first : first.withValue(y + first.value().substring(4), first.type());
        return new TimeMatch[] {f, second};
    }

    private static TimeMatch secondEnd(TimeTokens t, TimeMatch first) {
        String v = first.value();
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return null;
        }
        int j = first.to();
        if (t.isAny(j, "to", "through", "until", "till", "and", "-", "–") ) {
            j++;
        } else if (!(j < t.size() && t.hyphen[j])) {
            return null;
        }
        int day = ExplicitDates.dayNumber(t.lower(j));
        int firstDay = Integer.parseInt(v.substring(8));
        if (day <= firstDay || TimeWords.unit(t.lower(j + 1)) != null || TimeWords.month(t.lower(j + 1)) > 0
                || t.isAny(j + 1, "%", "percent", "a.m.", "p.m.", ":")) {
            return null;
        }
        int to = j + 1;
        String year = v.substring(0, 4);
        if (t.is(to, ",") && ExplicitDates.year(t, to + 1) > 0) {
            year = Integer.toString(ExplicitDates.year(t, to + 1));
            to += 2;
        }
        String value = year + v.substring(4, 8) + (day < 10 ? "0" + day : Integer.toString(day));
        try {
            java.time.LocalDate.parse(value);
        } catch (RuntimeException e) {
            return null;
        }
        return new TimeMatch(j, to, value, "DATE");
    }
}
