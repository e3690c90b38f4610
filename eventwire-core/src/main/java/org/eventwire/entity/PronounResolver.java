package org.eventwire.entity;

import org.eventwire.nlp.ParsedSentence;
import org.eventwire.quote.QuoteSpans;

import java.util.List;

/**
 * Resolves a third-person pronoun to an earlier mention, the way a reader of news copy does:
 * an earlier mention in the same sentence first ("detained Bazoum at his residence"); else the
 * subject of one of the previous three sentences ("Blinken conveyed ... He emphasized"); else
 * the latest mention in them. Mentions inside quotation marks are other voices and do not count.
 */
public final class PronounResolver {
    private static final int WINDOW = 3;

    private final List<ParsedSentence> sentences;
    private final List<QuoteSpans.Span> quotes;

    public PronounResolver(List<ParsedSentence> sentences, List<QuoteSpans.Span> quotes) {
        this.sentences = sentences;
        this.quotes = quotes;
    }

    /** The entity id the pronoun at offset refers to, or null. Candidates are sorted by start. */
    public String resolve(int offset, List<Antecedent> candidates) {
        return resolve(offset, candidates, id -> true);
    }

    /** As above, among the candidates whose entity the pronoun can stand for (its gender). */
    public String resolve(int offset, List<Antecedent> all, java.util.function.Predicate<String> fits) {
        List<Antecedent> candidates = all.stream().filter(a -> fits.test(a.entityId())).toList();
        int si = sentenceIndex(offset);
        if (si < 0) {
            return null;
        }
        boolean pronounQuoted = QuoteSpans.inside(quotes, offset);
        // a subject pronoun ("Speaking to Smith, he said") takes an earlier subject of its sentence,
        // not an object or adjunct there; other pronouns take the latest mention of the sentence
        boolean subjectPronoun = isSubject(sentences, offset, offset + 1);
        Antecedent best = null;
        Antecedent any = null;
        for (Antecedent a : candidates) {
            if (a.end() <= offset && a.start() >= sentences.get(si).begin() && usable(a, pronounQuoted)) {
                any = a;
                if (!subjectPronoun || a.subject()) {
                    best = a;
                }
            }
        }
        if (best != null) {
            return best.entityId();
        }
        for (int k = 1; k <= WINDOW && si - k >= 0; k++) {
            ParsedSentence s = sentences.get(si - k);
            for (Antecedent a : candidates) {
                if (a.subject() && a.start() >= s.begin() && a.end() <= s.end() && usable(a, false)) {
                    return a.entityId();
                }
            }
        }
        for (int k = 1; k <= WINDOW && si - k >= 0; k++) {
            ParsedSentence s = sentences.get(si - k);
            Antecedent last = null;
            for (Antecedent a : candidates) {
                if (a.start() >= s.begin() && a.end() <= s.end() && usable(a, false)) {
                    last = a;
                }
            }
            if (last != null) {
                return last.entityId();
            }
        }
        return any == null ? null : any.entityId();
    }

    private boolean usable(Antecedent a, boolean pronounQuoted) {
        return pronounQuoted || !QuoteSpans.inside(quotes, a.start());
    }

    private int sentenceIndex(int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            ParsedSentence s = sentences.get(i);
            if (s.size() > 0 && s.begin() <= offset && offset < s.end()) {
                return i;
            }
        }
        return -1;
    }

    /** True when the token under the offset is the subject of its clause. */
    public static boolean isSubject(List<ParsedSentence> sentences, int start, int end) {
        ParsedSentence s = Sentences.at(sentences, start);
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.begin(i) >= start && s.end(i) <= end && s.relation(i).startsWith("nsubj")
                    && (s.head(i) < 0 || s.begin(s.head(i)) >= end || s.end(s.head(i)) <= start)) {
                return true;
            }
        }
        return false;
    }
}
