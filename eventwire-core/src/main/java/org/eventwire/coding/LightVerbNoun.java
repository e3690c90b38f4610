package org.eventwire.coding;

import org.eventwire.model.EventCoderTrace;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Nominal events carried by a light verb: "the states filed a lawsuit against the president",
 * "Turkey began a military offensive into Syria", "the department gave its deepest sympathies",
 * and the statement shapes "statements of condemnation have come from A, B and C" and
 * "attributions of responsibility were made by A and B" (one event per source). The event noun
 * (nouns.txt or generated from WordNet) gives the code; the light verb's subject, by-agent or
 * from-phrase the source; the noun's against/on/into/of/to phrase, else the verb's, the target.
 */
final class LightVerbNoun {
    private static final Set<String> LIGHT = Set.of("file", "launch", "begin", "start", "carry", "conduct", "stage",
            "hold", "issue", "make", "express", "give", "offer", "send", "lodge", "level", "voice", "extend",
            "deliver", "mount", "announce", "declare", "bring", "post", "release", "convey", "publish", "tender",
            "submit", "open", "complete", "order");
    /** Verbs that carry only a meeting or a call: "had a phone conversation with", "has talks with". */
    private static final Set<String> CONSULT_LIGHT = Set.of("have");
    /** Nouns that only carry another: "statements of condemnation", "expressions of condolence". */
    private static final Set<String> CARRIERS = Set.of("statement", "expression", "message", "word", "letter",
            "note", "declaration", "show", "call");
    private static final Set<String> TARGET_CASES = Set.of("against", "on", "into", "of", "to", "with", "for", "over");

    private final SentenceCoder coder;
    private final VerbMatcher matcher;

    LightVerbNoun(SentenceCoder coder, VerbMatcher matcher) {
        this.coder = coder;
        this.matcher = matcher;
    }

    void code(Sent s, ActorFinder.Hits hits, SentenceCoder.Context ctx, List<CodedEvent> out) {
        for (int v = 0; v < s.size(); v++) {
            if (!s.isVerb(v)) {
                continue;
            }
            boolean passive = s.child(v, "aux:pass") >= 0 || s.child(v, "nsubj:pass") >= 0;
            int n;
            int src;
            if (s.lemma[v].equals("come")) {
                // "statements of condemnation have come from A and B"
                n = s.child(v, "nsubj");
                src = withCase(s, v, "from");
            } else if (LIGHT.contains(s.lemma[v]) && passive) {
                n = s.child(v, "nsubj:pass");
                src = withCase(s, v, "by");
            } else if (LIGHT.contains(s.lemma[v]) || CONSULT_LIGHT.contains(s.lemma[v])) {
                n = s.child(v, "obj");
                src = ClauseRoles.subjectOf(s, v);
            } else {
                continue;
            }
            n = n >= 0 ? partOf(s, n) : n; // "carried out one of the biggest heists": the heist
            if (n < 0 || src < 0 || !s.pos[n].startsWith("NN")) {
                continue;
            }
            int event = n;
            if (CARRIERS.contains(s.lemma[n])) {
                int inner = -1;
                for (int c : s.childrenWith(n, "nmod")) {
                    if (s.caseOf(c).equals("of")) {
                        inner = c;
                    }
                }
                event = inner;
            }
            if (event < 0 || hits.covered(event)) {
                continue;
            }
            VerbMatcher.Match m = matcher.match(s, event, true);
            // protests have their own construction (ProtestNoun: target the government protested against)
            if (m == null || m.code() == null || m.code().equals("---") || m.code().equals(ProtestNoun.CODE)
                    || CONSULT_LIGHT.contains(s.lemma[v]) && !m.code().startsWith("04")) {
                continue;
            }
            Set<Integer> ex = new HashSet<>(List.of(v, n, event));
            List<FoundActor> sources = ListedActors.of(coder, s, hits, src, ex, ctx);
            if (sources.isEmpty()) {
                continue;
            }
            for (FoundActor a : sources) {
                for (int i = a.start(); i <= a.end(); i++) {
                    ex.add(i);
                }
            }
            List<FoundActor> targets = targets(s, hits, event, v, ex, ctx, sources);
            EventCoderTrace trace = new EventCoderTrace("LightVerbNoun", s.lemma[v] + " + " + s.lemma[event],
                    m.entry().block() + "/" + m.entry().base());
            for (FoundActor a : sources) {
                if (targets.isEmpty()) {
                    out.add(new CodedEvent(s, a, null, m.code(), v, Math.min(v, event), Math.max(v, event), List.of(),
                            false, trace));
                }
                for (FoundActor b : targets) {
                    out.add(new CodedEvent(s, a, b, m.code(), v, Math.min(v, event), Math.max(v, event), List.of(),
                            false, trace));
                }
            }
        }
    }

    private List<FoundActor> targets(Sent s, ActorFinder.Hits hits, int event, int v, Set<Integer> ex,
                                     SentenceCoder.Context ctx, List<FoundActor> sources) {
        for (int head : new int[] {event, v}) {
            for (int c : s.children(head)) {
                if ((s.rel[c].startsWith("nmod") || s.rel[c].startsWith("obl")) && TARGET_CASES.contains(s.caseOf(c))
                        && !ex.contains(c)) {
                    List<FoundActor> t = SentenceCoder.distinct(coder.actorsAt(s, hits, c, ex, ctx), sources);
                    if (!t.isEmpty()) {
                        return t;
                    }
                }
            }
        }
        return List.of();
    }

    private static int withCase(Sent s, int v, String prep) {
        for (int c : s.children(v)) {
            if ((s.rel[c].startsWith("obl") || s.rel[c].startsWith("nmod")) && s.caseOf(c).equals(prep)) {
                return c;
            }
        }
        return -1;
    }

    /** The noun a "one of" phrase picks from ("one of the biggest heists"), else n itself. */
    private static int partOf(Sent s, int n) {
        if (!s.lemma[n].equalsIgnoreCase("one")) {
            return n;
        }
        for (int c : s.childrenWith(n, "nmod")) {
            if (s.caseOf(c).equals("of") && s.pos[c].startsWith("NN")) {
                return c;
            }
        }
        return n;
    }
}
