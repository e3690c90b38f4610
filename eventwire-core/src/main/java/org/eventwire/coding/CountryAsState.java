package org.eventwire.coding;

import java.util.Set;

/**
 * A country named by its own name as the doer or the object of an event acts as a state:
 * "Germany banned the airline", "Benin signed the treaty", "urged the United States" are that
 * country's government (DEUGOV), as coders read them. A demonym modifying another noun
 * ("Iranian airline") or a country met only as a place or a fallback keeps the bare code.
 */
final class CountryAsState {
    private static final Set<String> NOT_COUNTRIES = Set.of("IGO", "NGO", "IMG", "MNC");

    private CountryAsState() {
    }

    /** The code with GOV added when a is a bare country read from its own proper name; else a's code. */
    static String code(Sent s, FoundActor a) {
        String c = a.code();
        if (c == null || !c.matches("[A-Z]{3}") || NOT_COUNTRIES.contains(c) || a.start() < 0
                || !a.reason().startsWith("actor ") || a.reason().contains(" + agent ")) {
            return c;
        }
        int h = a.head();
        if (h < 0 || h >= s.size() || !s.pos[h].startsWith("NNP")) {
            return c;
        }
        // "the Yemen bombing", "Syria's Kurds": a country modifying another noun is not the actor itself
        String r = s.rel[h];
        if (r.equals("compound") || r.equals("nmod:poss") || r.equals("amod")) {
            return c;
        }
        return c + "GOV";
    }
}
