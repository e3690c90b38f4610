package org.eventwire.quote;

import org.eventwire.nlp.ParsedSentence;

import java.util.List;

/** Finds the reporting verb that introduces a quotation. */
final class CueFinder {
    private CueFinder() {
    }

    /** The reporting verb above the quote in the parse of one of its sentences, or null. */
    static Cue above(List<ParsedSentence> around, QuoteSpans.Span q, List<QuoteSpans.Span> all) {
        for (ParsedSentence s : around) {
            Cue c = aboveQuote(s, q, all);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** Walks up from the quote's own head words; the highest reporting verb outside quotes wins. */
    private static Cue aboveQuote(ParsedSentence s, QuoteSpans.Span q, List<QuoteSpans.Span> all) {
        if (!s.parsed()) {
            return null;
        }
        for (int t = 0; t < s.size(); t++) {
            if (!q.contains(s.begin(t)) || s.head(t) >= 0 && q.contains(s.begin(s.head(t)))) {
                continue;
            }
            // the highest plain reporting verb ("saying"), else the highest of any kind
            int best = -1;
            int neutral = -1;
            for (int v : s.ancestors(t)) {
                if (isCue(s, v, all)) {
                    best = v;
                    if (SpeechLexicon.NEUTRAL.contains(s.lemma(v))) {
                        neutral = v;
                    }
                }
            }
            if (best >= 0) {
                return new Cue(s, neutral >= 0 ? neutral : best, false);
            }
        }
        return null;
    }

    /** The reporting verb (or "according to") nearest the quote in its sentences. */
    static Cue nearest(List<ParsedSentence> around, QuoteSpans.Span q, List<QuoteSpans.Span> all) {
        Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ParsedSentence s : around) {
            for (int t = 0; t < s.size(); t++) {
                boolean according = s.word(t).equalsIgnoreCase("according") && t + 1 < s.size()
                        && s.word(t + 1).equalsIgnoreCase("to") && !QuoteSpans.inside(all, s.begin(t));
                if (!according && !isCue(s, t, all)) {
                    continue;
                }
                int d = s.begin(t) >= q.end() ? s.begin(t) - q.end() : q.start() - s.end(t);
                if (d >= 0 && d < bestDistance) {
                    bestDistance = d;
                    best = new Cue(s, according ? t : t, according);
                }
            }
        }
        if (best != null && best.according()) {
            // "according to X": X is the word "according" hangs on
            return new Cue(best.sentence(), best.token(), true);
        }
        return best;
    }

    static boolean isCue(ParsedSentence s, int t, List<QuoteSpans.Span> all) {
        return s.tag(t).startsWith("VB") && SpeechLexicon.VERBS.contains(s.lemma(t))
                && !QuoteSpans.inside(all, s.begin(t));
    }
}
