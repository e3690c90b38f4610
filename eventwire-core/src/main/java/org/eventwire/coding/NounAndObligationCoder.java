package org.eventwire.coding;

import org.eventwire.model.EventCoderTrace;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The constructions of SentenceCoder that do not hang on a dictionary verb: event nouns
 * ("the AU's condemnation of the coup") and statements of obligation ("Russia said Sudan must
 * return the helicopter", a demand).
 */
final class NounAndObligationCoder {
    private final SentenceCoder coder;
    private final VerbMatcher matcher;

    NounAndObligationCoder(SentenceCoder coder, VerbMatcher matcher) {
        this.coder = coder;
        this.matcher = matcher;
    }

    /** Nominal events: "the condemnation of the coup by the AU", "the AU's condemnation of ...". */
    void codeNouns(Sent s, ActorFinder.Hits hits, SentenceCoder.Context ctx, List<CodedEvent> out) {
        for (int n = 0; n < s.size(); n++) {
            if (!s.pos[n].startsWith("NN") || hits.covered(n)) {
                continue;
            }
            VerbMatcher.Match m = matcher.match(s, n, true);
            if (m == null || m.code() == null || m.code().equals("---")) {
                continue;
            }
            int src = -1;
            int tgt = -1;
            for (int c : s.children(n)) {
                String p = s.caseOf(c);
                if (s.rel[c].equals("nmod:poss") || p.equals("by")) {
                    src = src < 0 ? c : src;
                } else if (s.rel[c].startsWith("nmod") && (p.equals("of") || p.equals("against") || p.equals("on"))) {
                    tgt = tgt < 0 ? c : tgt;
                }
            }
            if (src < 0 || tgt < 0) {
                continue;
            }
            Set<Integer> ex = new HashSet<>(Set.of(n));
            List<FoundActor> ss = coder.actorsAt(s, hits, src, ex, ctx);
            List<FoundActor> ts = coder.actorsAt(s, hits, tgt, ex, ctx);
            for (FoundActor a : ss) {
                for (FoundActor b : ts) {
                    out.add(new CodedEvent(s, a, b, m.code(), n, n, n, List.of(), false, m.trace("NominalEvent", false)));
                }
            }
        }
    }

    private static final Set<String> SAY = Set.of("say", "announce", "insist", "state", "declare", "tell", "warn");
    private static final Set<String> OBLIGATION = Set.of("must", "should");

    /**
     * "Russia said that Sudan must return the helicopter": a statement that another actor
     * must act is a demand on it (CAMEO 10), whatever the demanded act.
     */
    void codeObligations(Sent s, ActorFinder.Hits hits, SentenceCoder.Context ctx, List<CodedEvent> out) {
        for (int v = 0; v < s.size(); v++) {
            if (!s.isVerb(v) || !SAY.contains(s.lemma[v])) {
                continue;
            }
            int c = s.child(v, "ccomp");
            if (c < 0) {
                continue;
            }
            int must = -1;
            for (int a : s.childrenWith(c, "aux")) {
                if (OBLIGATION.contains(s.lemma[a])) {
                    must = a;
                }
            }
            int subj = ClauseRoles.subjectOf(s, v);
            int tsubj = s.child(c, "nsubj");
            if (must < 0 || subj < 0 || tsubj < 0) {
                continue;
            }
            Set<Integer> none = new HashSet<>();
            List<FoundActor> src = coder.actorsAt(s, hits, subj, none, ctx);
            List<FoundActor> tgt = SentenceCoder.distinct(coder.actorsAt(s, hits, tsubj, none, ctx), src);
            for (FoundActor a : src) {
                for (FoundActor b : tgt) {
                    out.add(new CodedEvent(s, a, b, "100", v, v, v, List.of(), false,
                            new EventCoderTrace("ObligationDemand", null, "SAY + must/should")));
                }
            }
        }
    }
}
