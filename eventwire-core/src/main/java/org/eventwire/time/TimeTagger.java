package org.eventwire.time;

import org.eventwire.model.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * eventwire's own temporal tagger: finds time expressions in tokenised sentences and gives them
 * TIMEX3 type, value and mod, relative expressions anchored on the reference date. Each part of
 * a sentence is tried once by every pattern family (hash look-ups on the lower-case word, no
 * regular expressions); the longest match wins, the scan resumes after it. A modifier before an
 * expression joins it ("early 1998" START, "about three years" APPROX), a range's second end
 * takes the month of its first ("March 3 to 5"). One tagger per document: business news' "the
 * quarter" refers to the last quarter it named.
 */
public final class TimeTagger {
    private final LocalDate ref;
    private final List<TimeFamily> families;
    private final YearAnaphora years = new YearAnaphora();

    /** A tagger for one document; referenceDate is ISO (yyyy-mm-dd) or null. */
    public TimeTagger(String referenceDate) {
        this.ref = NarrativeTimes.parse(referenceDate);
        this.families = List.of(new ExplicitDates(), new Periods(), new RelativeDates(), new DayTimes(),
                new Durations(), new SpokenYears(), years);
    }

    /** The time expressions of one sentence, in text order; text is the document text the offsets point into. */
    public List<TimeExpression> tag(List<TimeTokens.Token> sentence, String text) {
        TimeTokens t = new TimeTokens(sentence);
        List<TimeExpression> out = new ArrayList<>();
        int n = t.size();
        for (int i = 0; i < n; ) {
            TimeMatch m = best(t, i);
            if (m == null) {
                i++;
                continue;
            }
            TimeMatch[] range = Ranges.ends(t, m);
            if (range != null) {
                out.add(expression(t, range[0], text));
                m = range[1];
            }
            out.add(expression(t, m, text));
            years.saw(t, m);
            i = m.to();
        }
        return out;
    }

    /** The longest match starting at part i, with a modifier before it when there is one. */
    private TimeMatch best(TimeTokens t, int i) {
        Modifiers.Prefix p = Modifiers.at(t, i);
        if (p != null && p.to() < t.size()) {   // a modifier ending the sentence modifies nothing
            TimeMatch m = longest(t, p.to());
            if (m != null && m.from() == p.to() && Modifiers.fits(p, m, t)) {
                return m.withFrom(i, p.mod());
            }
        }
        return longest(t, i);
    }

    private TimeMatch longest(TimeTokens t, int i) {
        TimeMatch best = null;
        for (TimeFamily f : families) {
            TimeMatch m = f.at(t, i, ref);
            if (m != null && m.value() != null && m.to() > i && (best == null || m.to() > best.to())) {
                best = m;
            }
        }
        return best;
    }

    private static TimeExpression expression(TimeTokens t, TimeMatch m, String text) {
        int start = t.begin[m.from()];
        int end = t.end[m.to() - 1];
        return new TimeExpression(text.substring(start, end), start, end, m.value(), m.type(), m.mod());
    }
}
