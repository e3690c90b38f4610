package org.eventwire.coding;

import org.eventwire.coding.dict.Dictionaries;
import org.eventwire.coding.dict.VerbEntry;
import org.eventwire.coding.dict.VerbPattern;
import org.eventwire.model.EventCoderTrace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Matches a verb of a sentence against the verb dictionary: the entry (a phrasal verb needs
 * its particle words next to it), then the longest pattern whose words occur before the verb
 * (anywhere earlier in the sentence) and after it (inside the verb's own clause), in order,
 * with gaps unless joined by "_".
 */
public final class VerbMatcher {
    /** A verb occurrence with the code it gets, its token span and the tokens a pattern marked. */
    public record Match(VerbEntry entry, VerbPattern pattern, String code, String reverseCode,
                        int start, int end, int sourceAt, int targetAt) {
        /** The trace of an event this match codes under a rule (reverse: the paired target-to-source code). */
        public EventCoderTrace trace(String rule, boolean reverse) {
            String p = pattern == null ? null : pattern.text() + (reverse ? " (reverse)" : "");
            return new EventCoderTrace(rule, p, entry.block() + "/" + entry.base());
        }
    }

    /** Dependents whose words belong to another clause: a pattern does not look into them. */
    private static final Set<String> OTHER_CLAUSE = Set.of("conj", "parataxis", "advcl", "acl:relcl", "punct");

    private final Dictionaries dict;

    public VerbMatcher(Dictionaries dict) {
        this.dict = dict;
    }

    /** The best match of a verb at token v, or null when v is not in the dictionary. */
    public Match match(Sent s, int v, boolean nominal) {
        List<VerbEntry> entries = (nominal ? dict.nouns : dict.verbs)
                .lookup(s.upper[v], s.lemma[v].toUpperCase(Locale.ROOT));
        Match best = null;
        int bestScore = -1;
        boolean[] window = clause(s, v);
        for (VerbEntry e : entries) {
            int start = v - e.before().size();
            int end = v + e.after().size();
            if (!wordsAt(s, e.before(), start) || !wordsAt(s, e.after(), v + 1)) {
                continue;
            }
            int phrasal = e.before().size() + e.after().size();
            Match m = null;
            int score = -1;
            for (VerbPattern p : e.patterns()) {
                int[] marks = {-1, -1};
                if (matchPre(s, p.pre(), p.pre().size() - 1, start - 1, true, marks)
                        && matchPost(s, p.post(), 0, end + 1, true, window, marks)) {
                    int sc = 2000 * phrasal + 2 * (p.length() + 1);
                    if (sc > score) {
                        score = sc;
                        m = new Match(e, p, p.code(), p.reverseCode(), start, end, marks[0], marks[1]);
                    }
                }
            }
            if (m == null && (e.code() != null || e.reverseCode() != null)) {
                // a verb with a real default beats one whose block codes nothing
                score = "---".equals(e.code()) ? 0 : 2000 * phrasal + 1;
                m = new Match(e, null, e.code(), e.reverseCode(), start, end, -1, -1);
            }
            if (m != null && score > bestScore) {
                best = m;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean wordsAt(Sent s, List<String> words, int at) {
        if (at < 0 || at + words.size() > s.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!s.upper[at + i].equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The tokens after the verb that belong to its clause. */
    private static boolean[] clause(Sent s, int v) {
        boolean[] in = new boolean[s.size()];
        mark(s, v, v, in);
        return in;
    }

    private static void mark(Sent s, int t, int v, boolean[] in) {
        in[t] = true;
        for (int c : s.children(t)) {
            if (t == v && OTHER_CLAUSE.contains(s.rel[c]) && !ClauseRoles.infinitive(s, c)) {
                continue;
            }
            mark(s, c, v, in);
        }
    }

    /** Pre elements, matched right to left going leftwards from position pos. */
    private boolean matchPre(Sent s, List<VerbPattern.Elem> pre, int k, int pos, boolean adjacentToNext,
                             int[] marks) {
        if (k < 0) {
            return true;
        }
        VerbPattern.Elem e = pre.get(k);
        boolean mustTouch = e.adjacent();
        for (int end = pos; end >= 0; end--) {
            int len = matchesEndingAt(s, e, end, marks);
            if (len > 0 && matchPre(s, pre, k - 1, end - len, false, marks)) {
                return true;
            }
            if (mustTouch) {
                return false;
            }
        }
        return false;
    }

    private boolean matchPost(Sent s, List<VerbPattern.Elem> post, int k, int pos, boolean first,
                              boolean[] window, int[] marks) {
        if (k >= post.size()) {
            return true;
        }
        VerbPattern.Elem e = post.get(k);
        for (int start = pos; start < s.size(); start++) {
            if (!window[start] && e.kind() != VerbPattern.Kind.SKIP) {
                if (e.adjacent()) {
                    return false;
                }
                continue;
            }
            int len = matchesStartingAt(s, e, start, marks);
            if (len > 0 && matchPost(s, post, k + 1, start + len, false, window, marks)) {
                return true;
            }
            if (e.adjacent()) {
                return false;
            }
        }
        return false;
    }

    private static int matchesStartingAt(Sent s, VerbPattern.Elem e, int at, int[] marks) {
        switch (e.kind()) {
            case WORD, SYNSET -> {
                for (List<String> alt : e.alternatives()) {
                    if (wordsAt(s, alt, at)) {
                        return alt.size();
                    }
                }
                return 0;
            }
            default -> {
                return slot(s, e, at, marks);
            }
        }
    }

    private static int matchesEndingAt(Sent s, VerbPattern.Elem e, int end, int[] marks) {
        switch (e.kind()) {
            case WORD, SYNSET -> {
                for (List<String> alt : e.alternatives()) {
                    if (wordsAt(s, alt, end - alt.size() + 1)) {
                        return alt.size();
                    }
                }
                return 0;
            }
            default -> {
                return slot(s, e, end, marks);
            }
        }
    }

    /** $, + and % take a noun; ^ any word. The position is remembered for the actor search. */
    private static int slot(Sent s, VerbPattern.Elem e, int at, int[] marks) {
        if (at < 0 || at >= s.size()) {
            return 0;
        }
        if (e.kind() == VerbPattern.Kind.SKIP) {
            return 1;
        }
        if (!s.pos[at].startsWith("NN") && !s.pos[at].startsWith("PRP")) {
            return 0;
        }
        if (e.kind() == VerbPattern.Kind.SOURCE) {
            marks[0] = at;
        } else if (e.kind() == VerbPattern.Kind.TARGET) {
            marks[1] = at;
        }
        return 1;
    }

    /** All verb matches of a sentence, left to right. */
    public List<Match> all(Sent s) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.isVerb(i)) {
                Match m = match(s, i, false);
                if (m != null) {
                    out.add(m);
                }
            }
        }
        return out;
    }
}
