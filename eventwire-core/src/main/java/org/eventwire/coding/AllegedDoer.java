package org.eventwire.coding;

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
}
