package org.eventwire.coding;

import java.util.List;
import java.util.Set;

/**
 * The accused of an allegation told as a clause: in "the envoy alleged, by way of example, Mahan
 * Air had contributed to the war" the accused is the subject of what is alleged, however the
 * parser attaches that clause (complement, parataxis, loose dependent), not whatever actor the
 * rest of the sentence names.
 */
final class AllegedDoer {
    private static final Set<String> CLAUSES = Set.of("ccomp", "parataxis", "dep");

    private AllegedDoer() {
    }

    /** The subject of the first clause after accusation verb v, or -1. */
    static int subject(Sent s, int v) {
        for (int c : s.children(v)) {
            if (c > v && CLAUSES.contains(s.rel[c]) && s.isVerb(c)) {
                return s.child(c, "nsubj");
            }
        }
        return -1;
    }

    /**
     * Codes source-accuses-accused events for an accusation verb v (112) with no target of its own;
     * true when it did, so the caller codes nothing else for v.
     */
    static boolean code(SentenceCoder coder, Sent s, ActorFinder.Hits hits, VerbMatcher.Match m, int v,
                        List<FoundActor> sources, Set<Integer> used, SentenceCoder.Context ctx,
                        List<CodedEvent> out) {
        int accused = m.code() != null && m.code().startsWith("112") ? subject(s, v) : -1;
        List<FoundActor> alleged = accused >= 0 && !used.contains(accused)
                ? SentenceCoder.distinct(coder.actorsAt(s, hits, accused, used, ctx), sources) : List.of();
        for (FoundActor src : sources) {
            for (FoundActor t : alleged) {
                out.add(new CodedEvent(s, src, t, m.code(), v, m.start(), m.end(), List.of(), false,
                        m.trace("AllegedDoer", false)));
            }
        }
        return !alleged.isEmpty();
    }
}
