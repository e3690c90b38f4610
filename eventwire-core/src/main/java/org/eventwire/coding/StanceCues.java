package org.eventwire.coding;

import org.eventwire.coding.dict.StanceLexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Finds the speech acts in words an actor is reported to say, from the parse and the stance
 * lexicon: an evaluative predicate about someone ("it is an insult", "a big mistake", "they
 * treat the law with contempt"), the speaker's own outrage, praise or sympathy in the first
 * person ("we appreciate", "I am grateful", "our prayers", "we are with the family"), an
 * accusation ("they are lying", "X is responsible"), a threat in the first-person future ("I
 * will destroy"), an appeal with a modal of obligation on someone ("they need to stand by us",
 * "we have to stop"). Each cue names the token whose actor is the likeliest target (hint).
 */
final class StanceCues {
    /** A speech act found at token cue (its predicate pred), with the token to look for its target at. */
    record Cue(String code, String kind, int cue, int pred, int hint, StanceLexicon.Entry entry) {
    }

    private static final Set<String> FIRST = Set.of("i", "we", "me", "us");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "nothing");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll");
    private static final Set<String> MANNER = Set.of("with", "in");
    /** Subjects of an obligation that name no one to appeal to. */
    private static final Set<String> NOT_ADDRESSED = Set.of("this", "that", "it", "there", "everyone", "everybody",
            "one", "nothing");
    private static final Set<String> TARGET_CASES = Set.of("to", "for", "with", "at", "by", "of", "toward", "towards");

    private final StanceLexicon lex;

    StanceCues(StanceLexicon lex) {
        this.lex = lex;
    }

    /** The cues whose words lie inside (a quotation's tokens), in text order. */
    List<Cue> find(Sent s, IntPredicate inside) {
        List<Cue> out = new ArrayList<>();
        for (int t = 0; t < s.size(); t++) {
            if (!inside.test(t)) {
                continue;
            }
            Cue c = s.isVerb(t) ? verbCue(s, t) : nominalCue(s, t);
            if (c == null && s.isNoun(t)) {
                c = beWith(s, t);
            }
            boolean warning = c != null && c.kind().equals("WARN"); // its negation is the warning
            if (c != null && inside.test(c.pred()) && (warning || !negated(s, c.pred()) && !negated(s, c.cue()))
                    && asserted(s, c.pred(), inside)) {
                out.add(c);
            }
        }
        return out;
    }

    private Cue nominalCue(Sent s, int t) {
        String pos = s.pos[t].startsWith("JJ") ? "adj" : s.pos[t].startsWith("NN") ? "noun" : null;
        if (pos == null) {
            return null;
        }
        StanceLexicon.Entry e = lex.get(pos, s.lemma[t]);
        if (e == null) {
            e = lex.get(pos, s.word[t]);
        }
        if (e == null) {
            return null;
        }
        switch (e.kind()) {
            case "CRITICIZE", "ACCUSE", "OUTRAGE", "PRAISE", "ADMIRE" -> {
                int pred = predicate(s, t);
                int n = s.rel[t].equals("amod") && s.head[t] >= 0 ? s.head[t] : t;
                if (pred < 0 && e.kind().equals("CRITICIZE") && MANNER.contains(s.caseOf(n)) && s.head[n] >= 0
                        && s.isVerb(s.head[n])) {
                    // "treats the rule of law with utter contempt", "suppressed protests in an unlawful way"
                    pred = s.head[n];
                }
                if (pred < 0) {
                    return null;
                }
                int subj = s.isVerb(pred) ? ClauseRoles.subjectOf(s, pred) : s.child(pred, "nsubj");
                boolean first = subj >= 0 && FIRST.contains(s.lemma[subj]);
                boolean speakerFeels = e.kind().equals("OUTRAGE") || e.kind().equals("PRAISE");
                if (subj < 0 && speakerFeels || subj >= 0 && first != speakerFeels) {
                    return null; // "I was wrong" criticises no one; "they are grateful" is not the speaker's praise
                }
                return new Cue(e.code(), e.kind(), t, pred, speakerFeels ? targetOf(s, pred) : subj, e);
            }
            case "CONDOLE" -> {
                int hint = targetOf(s, t);
                return new Cue(e.code(), e.kind(), t, t, hint >= 0 || s.head[t] < 0 ? hint : targetOf(s, s.head[t]), e);
            }
            case "INTEND" -> {
                // "we stand ready to help", "we are prepared to talk": the speaker's announced intent
                int host = s.child(t, "cop") >= 0 ? t : s.rel[t].equals("xcomp") ? s.head[t] : -1;
                int subj = host >= 0 ? s.child(host, "nsubj") : -1;
                if (subj < 0 || !FIRST.contains(s.lemma[subj])) {
                    return null;
                }
                int to = -1;
                for (int c : s.children(t)) {
                    if ((s.rel[c].equals("xcomp") || s.rel[c].startsWith("advcl")) && s.isVerb(c)) {
                        to = c;
                    }
                }
                return new Cue(e.code(), e.kind(), t, t, to >= 0 ? s.child(to, "obj") : targetOf(s, t), e);
            }
            case "APPROVE" -> {
                int n = s.head[t];
                if (!s.rel[t].equals("amod") || n < 0 || lex.get("head", s.lemma[n], "APPROVE") == null) {
                    return null;
                }
                // "he made the right decision": the decision's maker
                int maker = s.head[n] >= 0 && s.isVerb(s.head[n]) ? s.child(s.head[n], "nsubj") : -1;
                return new Cue(e.code(), e.kind(), t, n, maker, e);
            }
            default -> {
                return null;
            }
        }
    }

    private Cue verbCue(Sent s, int v) {
        StanceLexicon.Entry e = lex.get("verb", s.lemma[v]);
        int subj = s.child(v, "nsubj");
        // "Thank you for ...": the speaker's own thanks with the subject left out
        boolean thankYou = subj < 0 && s.lemma[v].equals("thank") && s.child(v, "obj") >= 0
                && s.word[s.child(v, "obj")].equalsIgnoreCase("you");
        boolean first = subj >= 0 && FIRST.contains(s.lemma[subj]) || letUs(s, v) || thankYou;
        if (e != null) {
            switch (e.kind()) {
                case "PRAISE", "CONDOLE" -> {
                    if (first) {
                        int obj = s.child(v, "obj");
                        return new Cue(e.code(), e.kind(), v, v, obj >= 0 ? obj : targetOf(s, v), e);
                    }
                }
                case "ACCUSE" -> {
                    if (subj >= 0 && !first) {
                        return new Cue(e.code(), e.kind(), v, v, subj, e);
                    }
                }
                case "THREATEN" -> {
                    if (first && future(s, v)) {
                        int obj = s.child(v, "obj");
                        return new Cue(e.code(), e.kind(), v, v, obj, e);
                    }
                }
                case "WARN" -> {
                    // "such acts will not be tolerated": a warning to whoever commits them
                    if (future(s, v) && negated(s, v)) {
                        int who = s.child(v, "nsubj:pass");
                        return new Cue(e.code(), e.kind(), v, v, who >= 0 ? who : s.child(v, "obj"), e);
                    }
                }
                case "APPEAL" -> {
                    // "I count on Turkey to act": the speaker relies on someone to do something
                    int on = s.child(v, "obj");
                    on = on >= 0 ? on : withCase(s, v, "on", "upon");
                    if (first && on >= 0 && toClause(s, v, on)) {
                        return new Cue(e.code(), e.kind(), v, v, on, e);
                    }
                }
                default -> {
                }
            }
        }
        Cue c = appeal(s, v);
        return c != null ? c : future(s, v) && !negated(s, v) ? announced(s, v, first) : null;
    }

    /** A future the speaker announces: justice or consequences for someone (threat), else a first-person intent. */
    private Cue announced(Sent s, int v, boolean first) {
        for (int d = v + 1; d < s.size(); d++) {
            StanceLexicon.Entry n = s.pos[d].startsWith("NN") ? lex.get("noun", s.lemma[d], "THREATEN") : null;
            if (n != null && within(s, v, d, 3)) {
                int obj = s.child(v, "obj");
                return new Cue(n.code(), n.kind(), d, v, obj, n); // "will bring to justice the perpetrators"
            }
        }
        StanceLexicon.Entry intent = lex.get("modal", "will", "INTEND");
        if (!first || intent == null || lex.get("verb", s.lemma[v], "PLAIN") != null || lex.get("verb", s.lemma[v]) != null
                || s.child(v, "cop") >= 0 || !s.isVerb(v)) {
            return null;
        }
        return new Cue(intent.code(), intent.kind(), v, v, s.child(v, "obj"), intent);
    }

    /** True when d hangs from v through at most n heads. */
    private static boolean within(Sent s, int v, int d, int n) {
        for (int x = d, k = 0; x >= 0 && k <= n; x = s.head[x], k++) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    private static int withCase(Sent s, int v, String... preps) {
        for (int c : s.children(v)) {
            if ((s.rel[c].startsWith("obl") || s.rel[c].startsWith("nmod")) && List.of(preps).contains(s.caseOf(c))) {
                return c;
            }
        }
        return -1;
    }

    /** A "to" clause that says what the relied-on actor is to do. */
    private static boolean toClause(Sent s, int v, int on) {
        for (int h : new int[] {v, on}) {
            for (int c : s.children(h)) {
                if ((s.rel[c].equals("xcomp") || s.rel[c].startsWith("advcl") || s.rel[c].startsWith("acl"))
                        && s.child(c, "mark") >= 0 && s.lemma[s.child(c, "mark")].equals("to")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "they must leave", "they need to stand by us": an appeal to the obliged (not "I", "we" or "this"). */
    private Cue appeal(Sent s, int v) {
        StanceLexicon.Entry modal = null;
        int subj = s.child(v, "nsubj");
        for (int a : s.childrenWith(v, "aux")) {
            StanceLexicon.Entry m = lex.get("modal", s.lemma[a], "APPEAL");
            boolean semi = s.lemma[a].equals("need") || s.lemma[a].equals("have");
            if (m != null && (!semi || s.child(v, "mark") >= 0 && s.lemma[s.child(v, "mark")].equals("to"))) {
                modal = m;
            }
        }
        int gov = s.head[v];
        if (modal == null && gov >= 0 && s.rel[v].equals("xcomp") && s.child(v, "mark") >= 0
                && s.lemma[s.child(v, "mark")].equals("to")) {
            // "they need to stand by us", "we have to stop"
            StanceLexicon.Entry m = lex.get("modal", s.lemma[gov], "APPEAL");
            if (m != null && (s.lemma[gov].equals("need") || s.lemma[gov].equals("have"))) {
                modal = m;
                subj = s.child(gov, "nsubj");
                if (negated(s, gov)) {
                    return null;
                }
            }
        }
        if (modal == null || subj >= 0 && (FIRST.contains(s.lemma[subj]) || NOT_ADDRESSED.contains(s.lemma[subj]))) {
            // "I must say", "we have to dock", "this must be given priority": no one is appealed to
            return null;
        }
        if (subj < 0) {
            return null; // "let's talk": a suggestion, too weak for an appeal
        }
        return new Cue(modal.code(), modal.kind(), v, v, subj, modal);
    }

    /** "let's pray", "let us work": the verb under an imperative "let" with "us". */
    private static boolean letUs(Sent s, int v) {
        int let = s.head[v];
        if (let < 0 || !s.lemma[let].equals("let")) {
            return false;
        }
        // "let's pray": "'s" hangs from "let" or, in some parses, is the subject of the verb
        List<Integer> near = new ArrayList<>(s.children(let));
        near.addAll(s.childrenWith(v, "nsubj"));
        for (int c : near) {
            if (s.word[c].equalsIgnoreCase("us") || s.word[c].equals("'s") || s.word[c].equals("\u2019s")) {
                return true;
            }
        }
        return false;
    }

    /** "We are with Mayor X in our thoughts": a first-person subject "with" someone, sympathy. */
    private Cue beWith(Sent s, int n) {
        if (!s.caseOf(n).equals("with") || s.child(n, "cop") < 0) {
            return null;
        }
        int subj = s.child(n, "nsubj");
        if (subj < 0 || !FIRST.contains(s.lemma[subj])) {
            return null;
        }
        StanceLexicon.Entry e = lex.get("noun", "sympathy", "CONDOLE");
        return e == null ? null : new Cue(e.code(), e.kind(), n, n, n, e);
    }

    /**
     * True when the predicate is what the words assert, not a qualification inside them: "the role
     * companies should play" (a relative clause) or "if they must" (a condition) appeal to no one.
     */
    private static boolean asserted(Sent s, int pred, IntPredicate inside) {
        for (int x = pred, guard = 0; x >= 0 && inside.test(x) && guard < 20; x = s.head[x], guard++) {
            String r = s.rel[x];
            if (r.startsWith("acl") || r.startsWith("advcl") || r.startsWith("csubj") || gapped(s, x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A clause under a noun with its object missing is a relative clause however it is parsed ("the
     * role that X should play"); with its object it states a content ("the fact that X suppressed it").
     */
    private static boolean gapped(Sent s, int x) {
        return s.isVerb(x) && s.head[x] >= 0 && s.pos[s.head[x]].startsWith("NN")
                && s.child(x, "obj") < 0 && s.child(x, "xcomp") < 0 && s.child(x, "ccomp") < 0;
    }

    /** The predicate a word makes or modifies: itself with a copula, or the copular noun it qualifies. */
    private static int predicate(Sent s, int t) {
        if (s.child(t, "cop") >= 0) {
            return t;
        }
        int h = s.head[t];
        String r = s.rel[t];
        if (h >= 0 && (r.equals("amod") || r.equals("compound") || r.startsWith("nmod") && s.caseOf(t).equals("of"))
                && s.child(h, "cop") >= 0) {
            return h; // "a big mistake", "an act of barbarity"
        }
        return -1;
    }

    /** The nominal a "to/for/with/at" phrase of the word names, or -1. */
    static int targetOf(Sent s, int w) {
        for (int c : s.children(w)) {
            if ((s.rel[c].startsWith("nmod") || s.rel[c].startsWith("obl")) && TARGET_CASES.contains(s.caseOf(c))) {
                return c;
            }
        }
        return -1;
    }

    private static boolean future(Sent s, int v) {
        for (int a : s.childrenWith(v, "aux")) {
            if (FUTURE.contains(s.lemma[a]) || FUTURE.contains(s.word[a].toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        // "we are going to punish them"
        return s.rel[v].equals("xcomp") && s.head[v] >= 0 && s.word[s.head[v]].equalsIgnoreCase("going");
    }

    static boolean negated(Sent s, int x) {
        for (int c : s.children(x)) {
            String r = s.rel[c];
            if ((r.equals("advmod") || r.equals("neg") || r.equals("det")) && NEGATORS.contains(s.lemma[c])) {
                return true;
            }
        }
        int subj = s.child(x, "nsubj");
        return subj >= 0 && (s.lemma[subj].equals("nothing") || s.lemma[subj].equals("nobody")
                || s.child(subj, "det") >= 0 && s.lemma[s.child(subj, "det")].equals("no"));
    }
}
