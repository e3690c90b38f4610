package org.eventwire.coding;

import java.util.Set;

/** A subject the parse did not give a finite verb, read as TABARI's shallow reading takes it. */
final class LeftNeighbour {
    private LeftNeighbour() {
    }

    /**
     * When the parse gives a finite verb no subject (a misattached clause), the actor right
     * before it, with only auxiliaries, adverbs and adjectives in between ("the national guard
     * were ready to attack"), as a TABARI-style shallow reading would take it.
     */
    static int of(Sent s, ActorFinder.Hits hits, int v) {
        boolean finite = s.pos[v].equals("VBD") || s.pos[v].equals("VBZ") || s.pos[v].equals("VBP")
                || s.rel[v].equals("xcomp") || s.childrenWith(v, "aux").stream().anyMatch(a -> s.pos[a].equals("MD"));
        if (!finite) {
            return -1;
        }
        boolean modal = false;
        for (int i = v - 1; i >= 0 && i >= v - 6; i--) {
            if (hits.covered(i) || modal && SUBJECT_PRONOUNS.contains(s.word[i])) {
                return i; // "indicated it would act": the pronoun parsed as the object of "indicated"
            }
            String p = s.pos[i];
            modal |= p.equals("MD");
            boolean skippable = p.startsWith("RB") || p.startsWith("JJ") || p.equals("TO") || p.equals("MD")
                    || s.rel[i].startsWith("aux") || s.rel[i].equals("cop");
            if (!skippable) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "he", "she", "they", "we", "It", "He", "She",
            "They", "We");

}
