package org.eventwire.time;

import org.eventwire.nlp.ParsedSentence;

import java.util.Locale;
import java.util.Set;

/**
 * Whether the predicate governing a time expression speaks of the past or the future ("said on
 * Friday", "will meet on Friday", "is due to vote on Friday"), read from the parse: auxiliaries
 * first, then the verb's tag; an infinitive or a bare participle takes the tense of the verb
 * above it. A time on a noun ("a tweet on Monday", "Monday's attack") names something that
 * already exists unless a future auxiliary says otherwise.
 */
public enum Tense {
    PAST, FUTURE, UNKNOWN;

    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo", "can", "may", "might",
            "must", "should", "ca", "would", "'d");
    /** Verbs and adjectives whose infinitive is still to come: "planned to leave on Thursday", "set to resume Monday". */
    private static final Set<String> INTENT = Set.of("plan", "schedule", "set", "expect", "due", "intend", "hope", "aim",
            "ready", "prepare", "likely", "promise", "vow", "go", "poised", "slate", "want", "propose", "threaten");

    /** The tense of the nearest predicate above token i. */
    public static Tense of(ParsedSentence s, int i) {
        boolean viaNoun = false;
        int v = s.head(i);
        for (int guard = 0; v >= 0 && guard <= s.size(); guard++) {
            String tag = tag(s, v);
            if (tag.startsWith("VB") || s.child(v, "cop") >= 0) {
                Tense t = ofPredicate(s, v, viaNoun);
                if (t != null) {
                    return t;
                }
            } else if (tag.startsWith("NN")) {
                viaNoun = true;
            }
            v = s.head(v);
        }
        return UNKNOWN;
    }

    /** Null when the tense comes from the verb above (infinitive, bare participle, base form). */
    private static Tense ofPredicate(ParsedSentence s, int v, boolean viaNoun) {
        boolean infinitive = false;
        boolean presentAux = false;
        for (int c : s.children(v)) {
            String rel = s.relation(c);
            String w = s.word(c).toLowerCase(Locale.ROOT);
            String tag = tag(s, c);
            if (rel.startsWith("aux") || rel.equals("cop")) {
                if (FUTURE_AUX.contains(w)) {
                    return FUTURE;
                }
                if (tag.equals("VBD") || tag.equals("VBN") || w.equals("has") || w.equals("have") || w.equals("'ve")) {
                    return PAST;
                }
                if (tag.equals("TO")) {
                    infinitive = true;
                } else if (tag.equals("VBZ") || tag.equals("VBP")) {
                    presentAux = true;
                }
            }
            if (rel.equals("mark") && w.equals("to")) {
                infinitive = true;
            }
        }
        String tag = tag(s, v);
        if (infinitive) {
            int above = s.head(v);
            return above < 0 || INTENT.contains(s.lemma(above).toLowerCase(Locale.ROOT)) ? FUTURE : null;
        }
        if (tag.equals("VBD") || tag.equals("VBN") && !presentAux) {
            return PAST;
        }
        if (tag.equals("VBZ") || tag.equals("VBP") || presentAux) {
            // the present with a weekday is a schedule ("meets on Friday", "is meeting on Friday")
            return viaNoun ? PAST : FUTURE;
        }
        return null;
    }

    private static String tag(ParsedSentence s, int i) {
        return s.tag(i) == null ? "" : s.tag(i);
    }
}
