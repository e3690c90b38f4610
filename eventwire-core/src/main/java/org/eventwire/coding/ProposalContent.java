package org.eventwire.coding;

import java.util.Set;

/**
 * Acts a proposal would allow are no events: "a bill that would allow China to extradite
 * suspects" describes what the bill would do, not an extradition. True when the verb is, or is
 * the complement of, a relative clause whose verb carries a modal of possibility (would, could,
 * might) and which modifies a noun.
 */
final class ProposalContent {
    private static final Set<String> MODALS = Set.of("would", "could", "might");

    private ProposalContent() {
    }

    static boolean describes(Sent s, int v) {
        for (int x = v, guard = 0; x >= 0 && guard < 6; x = s.head[x], guard++) {
            if (s.rel[x].equals("acl:relcl")) {
                for (int a : s.childrenWith(x, "aux")) {
                    if (MODALS.contains(s.lemma[a].toLowerCase())) {
                        return true;
                    }
                }
                return false; // the nearest relative clause decides
            }
            if (!s.rel[x].equals("xcomp") && !s.rel[x].equals("ccomp")) {
                return false; // a main clause: its act stands
            }
        }
        return false;
    }
}
