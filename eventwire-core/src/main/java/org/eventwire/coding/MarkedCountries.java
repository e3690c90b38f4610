package org.eventwire.coding;

import org.eventwire.coding.dict.PhraseIndex;

import java.util.Set;

/**
 * A reporter marks the roles and bodies of a foreign country with its name ("US Secretary of
 * State Mike Pompeo", "the American ambassador", "US troops", "the US Embassy") and leaves those of the country
 * the story is told from bare ("Foreign Secretary Dominic Raab", "the police"). So a role
 * the article leaves without a country belongs to the most named country once these marks are
 * left out, not to the most named one: in a British story that names the US at every turn, an
 * unmarked foreign secretary is British.
 */
final class MarkedCountries {
    /**
     * Unmarked mentions a country needs to count as the story's own, and marks the most named
     * country needs to count as foreign: one sentence ("security forces in Tigray killed ..., an
     * Ethiopian official said") or one "two French police officers" in a Paris story marks nothing
     * as foreign.
     */
    static final int MIN_UNMARKED = 3;
    /** Relations by which a country phrase modifies the noun after it. */
    private static final Set<String> MODIFIER = Set.of("compound", "amod", "nmod:poss");

    private MarkedCountries() {
    }

    /** True when the country phrase x modifies a role, a named person or a body ("US Embassy", "German Chancellor"). */
    static boolean marksRole(Sent s, ActorFinder.Hits h, PhraseIndex.Hit x) {
        for (int i = x.start(); i <= x.end(); i++) {
            int up = s.head[i];
            if (up >= 0 && (up < x.start() || up > x.end()) && MODIFIER.contains(s.rel[i])) {
                // the role, or the name the parse hangs the title on ("US Secretary of State Mike Pompeo")
                return h.agent[up] != null || s.ner[up].equals("PERSON") || s.ner[up].equals("ORGANIZATION");
            }
        }
        return false;
    }
}
