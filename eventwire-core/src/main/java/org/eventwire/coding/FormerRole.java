package org.eventwire.coding;

import java.util.Set;

/**
 * A former office holder no longer acts for the state: "former President Bush", "ex-minister
 * Kaya" are elites (ELI), not the government (GOV), in the CAMEO actor codebook.
 */
final class FormerRole {
    /** Sectors of offices one can leave; other sectors (REB, MED ...) stay as they are. */
    private static final Set<String> OFFICES = Set.of("GOV", "LEG", "JUD");

    private FormerRole() {
    }

    /** The code with its office sector replaced by ELI when the role noun at roleHead is "former". */
    static String code(Sent s, int roleHead, String code) {
        if (code == null || code.length() < 6 || roleHead < 0 || !OFFICES.contains(code.substring(code.length() - 3))
                || !former(s, roleHead)) {
            return code;
        }
        return code.substring(0, code.length() - 3) + "ELI";
    }

    static boolean former(Sent s, int t) {
        if (s.word[t].toLowerCase(java.util.Locale.ROOT).startsWith("ex-")) {
            return true;
        }
        // "former US ambassador": the modifier may hang on the role or on a compound inside it
        for (int k = Math.max(0, t - 4); k < t; k++) {
            String w = s.lemma[k];
            if ((w.equals("former") || w.equals("ex")) && s.dominates(t, k)) {
                return true;
            }
        }
        return false;
    }
}
