package org.eventwire.coding;

import org.eventwire.model.TimeExpression;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words that put an act outside the day's news, whatever its date: the starting point of a
 * period ("since the protests began in June"), the event an anniversary counts from ("the
 * anniversary of the party's takeover"), a habit ("it raises money annually", "holds a rally
 * every year") and a stretch of years ("have negotiated the deal over the last four years").
 * Such acts are history or standing practice: background, not events of the story.
 */
final class BackgroundFrame {
    /** Adverbs of a habit, not of one occasion. */
    private static final Set<String> HABIT = Set.of("annually", "yearly", "regularly", "routinely", "habitually",
            "traditionally", "customarily", "usually", "often", "frequently");
    /** Nouns that count time from an earlier event. */
    private static final Set<String> COUNTING = Set.of("anniversary", "commemoration", "remembrance");
    /** Time nouns that, with "every" or "each", tell a habit. */
    private static final Set<String> PERIOD = Set.of("year", "month", "week", "day", "summer", "winter", "spring",
            "autumn", "weekend");

    private BackgroundFrame() {
    }

    /** The token that frames the act at token v as background, or -1. */
    static int cue(Sent s, int v, List<TimeExpression> times) {
        for (int x = v, guard = 0; x >= 0 && guard <= s.size(); x = s.head[x], guard++) {
            // "since the protests began": a since-clause names where a period starts
            if (s.rel[x].equals("advcl")) {
                for (int m : s.childrenWith(x, "mark")) {
                    if (s.lemma[m].equalsIgnoreCase("since")) {
                        return m;
                    }
                }
            }
            // "the anniversary of the takeover"
            int up = s.head[x];
            if (up >= 0 && s.isNoun(x) && s.rel[x].startsWith("nmod") && s.caseOf(x).equals("of")
                    && COUNTING.contains(s.lemma[up].toLowerCase(Locale.ROOT))) {
                return up;
            }
            int habit = habit(s, x);
            if (habit >= 0) {
                return habit;
            }
        }
        return yearsLong(s, v, times);
    }

    /** An adverb or "every year" of a habit on the predicate x, or -1. */
    private static int habit(Sent s, int x) {
        for (int c : s.children(x)) {
            String w = s.lemma[c].toLowerCase(Locale.ROOT);
            if (s.rel[c].equals("advmod") && HABIT.contains(w)) {
                return c;
            }
            if ((s.rel[c].equals("obl:tmod") || s.rel[c].equals("nmod:tmod")) && PERIOD.contains(w)) {
                int det = s.child(c, "det");
                if (det >= 0 && (s.lemma[det].equalsIgnoreCase("every") || s.lemma[det].equalsIgnoreCase("each"))) {
                    return det;
                }
            }
        }
        return -1;
    }

    /** "over the last four years": a duration of years up to now on the act's own clause; its head token, or -1. */
    private static int yearsLong(Sent s, int v, List<TimeExpression> times) {
        for (TimeExpression t : times) {
            if (t.value() == null || !t.value().matches("P\\d+Y") || !t.text().toLowerCase(Locale.ROOT)
                    .matches(".*\\b(last|past)\\b.*")) {
                continue;
            }
            int tok = EventTiming.headToken(s, t);
            if (tok < 0) {
                continue;
            }
            int gov = EventTiming.governor(s, tok, v);
            if (gov == v || gov >= 0 && EventTiming.clauseHead(s, gov) == EventTiming.clauseHead(s, v)) {
                return tok;
            }
        }
        return -1;
    }
}
