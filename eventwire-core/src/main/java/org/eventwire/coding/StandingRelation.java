package org.eventwire.coding;

import java.util.Set;

/**
 * A verb in the simple present passive tells a standing relation, not an act at a time: "the
 * rebels are backed by Iran", "Lam, who is supported by Beijing", "how much aid is received".
 * News tells its acts in the past ("was backed", "were arrested"), the perfect or the future;
 * so such a clause codes no event. Legal acts are the exception: a lead tells them in the present
 * ("a man is charged with murder", "the driver is arrested"), and no one stands charged by habit.
 */
final class StandingRelation {
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re");
    /** Discrete legal acts told in the present of a lead: "is charged with", "are arrested", "is sentenced to". */
    private static final Set<String> LEGAL_ACTS = Set.of("charge", "arrest", "indict", "sentence", "convict",
            "extradite", "deport");

    private StandingRelation() {
    }

    static boolean holds(Sent s, int v) {
        if (!s.pos[v].equals("VBN") || LEGAL_ACTS.contains(s.lemma[v].toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int a : s.childrenWith(v, "aux")) {
            if (s.rel[a].equals("aux")) {
                return false; // "has been backed", "will be backed", "are being held" tell acts
            }
        }
        for (int a : s.childrenWith(v, "aux:pass")) {
            if (PRESENT_BE.contains(s.word[a].toLowerCase())) {
                return true;
            }
        }
        return false;
    }
}
