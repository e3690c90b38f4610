package org.eventwire.coding;

import org.eventwire.model.TimeExpression;

import java.time.LocalDate;
import java.util.List;

/**
 * Dates an event from the time expressions of its clause and sentence, carrying the last
 * day-precise date of the narrative forward ("Earlier, X said ..." after "on Wednesday"),
 * and tells background: an event whose own time lies well before the article's date (the
 * 2021 election, the coups since 1960) is history, not news.
 */
final class EventTiming {
    /** An event older than this, relative to the article's date, is background. */
    private static final int BACKGROUND_DAYS = 45;

    private final LocalDate reference;
    private String carried;

    EventTiming(String referenceDate) {
        LocalDate r = null;
        try {
            r = referenceDate == null ? null : LocalDate.parse(referenceDate);
        } catch (RuntimeException e) {
            r = null;
        }
        this.reference = r;
    }

    /** The time expression of the verb's own clause (not of clauses nested in it), or null. */
    static TimeExpression clauseTime(Sent s, int verb, List<TimeExpression> times) {
        TimeExpression best = null;
        int clause = clauseHead(s, verb);
        for (TimeExpression t : times) {
            int tok = tokenAt(s, t.start());
            if (tok < 0 || !usable(t)) {
                continue;
            }
            int gov = s.head[tok];
            while (gov >= 0 && !s.isVerb(gov) && !s.rel[gov].equals("root")) {
                gov = s.head[gov];
            }
            if (gov >= 0 && (gov == verb || clauseHead(s, gov) == clause && s.dominates(gov, verb))) {
                if (best == null || gov == verb) {
                    best = t;
                }
            }
        }
        return best;
    }

    private static int clauseHead(Sent s, int v) {
        int x = v;
        while (s.head[x] >= 0 && (s.rel[x].equals("xcomp") || s.rel[x].equals("conj"))) {
            x = s.head[x];
        }
        return x;
    }

    private static boolean usable(TimeExpression t) {
        return t.value() != null && t.value().matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*");
    }

    /** The token holding the character offset, -1 when it lies outside the sentence. */
    static int tokenAt(Sent s, int offset) {
        if (offset < s.begin[0] || offset >= s.end[s.size() - 1]) {
            return -1;
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.end[i] > offset) {
                return i;
            }
        }
        return -1;
    }

    /** True when the time ends well before the article's date. */
    boolean isBackground(TimeExpression t) {
        if (t == null || reference == null) {
            return false;
        }
        LocalDate end = endOf(t.value());
        return end != null && end.isBefore(reference.minusDays(BACKGROUND_DAYS));
    }

    /** The last day of the period a TIMEX value names (2021 to 2021-12-31), or null. */
    static LocalDate endOf(String v) {
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return LocalDate.parse(v.substring(0, 10));
            }
            if (v.matches("\\d{4}-\\d{2}.*")) {
                return LocalDate.parse(v.substring(0, 7) + "-01").plusMonths(1).minusDays(1);
            }
            if (v.matches("\\d{4}.*")) {
                return LocalDate.of(Integer.parseInt(v.substring(0, 4)), 12, 31);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /** The sentence's first day-precise time, remembered for the sentences that follow. */
    void see(Sent s, List<TimeExpression> times, int datelineEnd) {
        for (TimeExpression t : times) {
            if (t.start() >= Math.max(s.begin[0], datelineEnd) && t.end() <= s.end[s.size() - 1] && t.value() != null
                    && t.value().matches("\\d{4}-\\d{2}-\\d{2}") && !isBackground(t)) {
                carried = t.value();
                return;
            }
        }
    }

    /** An event's date (null when unknown), whether it is background, and what decided it. */
    record Dating(String date, boolean background, TimeExpression own, String why) {
    }

    /** Dates the event whose predicate is the token verb of the sentence. */
    Dating dating(Sent s, int verb, List<TimeExpression> times) {
        TimeExpression own = clauseTime(s, verb, times);
        String why = own != null ? "own " + own.text() : carried != null ? "carried" : "reference";
        return new Dating(date(own), isBackground(own), own, why);
    }

    /** The event's date: its clause's day, else the narrative's last day, else the article date. */
    String date(TimeExpression own) {
        if (own != null && own.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return own.value().substring(0, 10);
        }
        if (carried != null) {
            return carried;
        }
        return reference == null ? null : reference.toString();
    }
}
