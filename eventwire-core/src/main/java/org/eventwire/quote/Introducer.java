package org.eventwire.quote;

import org.eventwire.nlp.ParsedSentence;

import java.util.List;

/**
 * Quotes that no reporting verb governs but a clause introduces: "Bolsonaro opposed the plan:
 * “...”", "Trump defended his decision, “...”", a paragraph ending "She wrote:" or "The palace
 * issued the following statement:" before the quote, and a quote whose reporting clause is the
 * next sentence ("... in two days!” Macron told the world"). The speaker is the subject of the
 * introducing clause.
 */
final class Introducer {
    private static final int FOLLOWING_REACH = 5;

    private Introducer() {
    }

    /** The main verb of the clause that ends in ':' (or ',' when comma is true) right before the quote. */
    static Cue before(ParsedSentence s, QuoteSpans.Span q, String text, boolean comma) {
        int i = q.start() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || isMark(text.charAt(i)))) {
            i--;
        }
        if (i < 0 || !(text.charAt(i) == ':' || comma && text.charAt(i) == ',')) {
            return null;
        }
        int punct = s.tokenAt(i);
        if (punct <= 0 || s.begin(punct) < s.begin()) {
            return null;
        }
        return clauseVerb(s, punct - 1, q);
    }

    /** A sentence ending in ':' that introduces the quote after it. */
    static Cue endingWithColon(ParsedSentence s, List<QuoteSpans.Span> all, QuoteSpans.Span q) {
        if (s.size() < 2 || !s.word(s.size() - 1).equals(":")) {
            return null;
        }
        for (int t = s.size() - 1; t >= 0; t--) {
            if (CueFinder.isCue(s, t, all)) {
                return new Cue(s, t, false);
            }
        }
        return clauseVerb(s, s.size() - 2, q);
    }

    /** "“...” Macron told the world": a reporting verb opening the sentence right after the quote. */
    static Cue following(ParsedSentence next, QuoteSpans.Span q, String text, List<QuoteSpans.Span> all) {
        if (next == null || next.size() == 0 || next.begin() < q.end()) {
            return null;
        }
        for (int i = q.end(); i < next.begin(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || Character.isLetterOrDigit(c)) {
                return null;
            }
        }
        for (int t = 0; t < Math.min(FOLLOWING_REACH, next.size()); t++) {
            // "Macron told the world": the verb reports the quote only when it has no clause of its own
            if (CueFinder.isCue(next, t, all) && next.relation(t).equals("root") && next.child(t, "ccomp") < 0) {
                return new Cue(next, t, false);
            }
        }
        return null;
    }

    /** From a token of the introducing clause up to the highest verb with a subject before the quote. */
    private static Cue clauseVerb(ParsedSentence s, int from, QuoteSpans.Span q) {
        if (from < 0 || !s.parsed()) {
            return null;
        }
        int best = -1;
        int t = from;
        while (t >= 0) {
            int subj = s.child(t, "nsubj");
            if (s.tag(t).startsWith("VB") && subj >= 0 && s.begin(subj) < q.start()) {
                best = t;
            }
            t = s.head(t);
        }
        return best < 0 ? null : new Cue(s, best, false);
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '\'' || c == '`';
    }
}
