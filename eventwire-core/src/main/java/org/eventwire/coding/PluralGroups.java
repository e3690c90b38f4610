package org.eventwire.coding;

import java.util.List;

/**
 * The last plural group a sentence names by its role ("protesters", "the soldiers"), for a later
 * "they": "Protesters' demands include ... They had asked Lam to resign" are the protesters'.
 * Only nouns heading their phrase count ("police violence" names no group).
 */
final class PluralGroups {
    private PluralGroups() {
    }

    /** The last plural role noun of the sentence with its code (country from the context), or null. */
    static FoundActor last(Sent s, ActorFinder finder, SentenceCoder.Context ctx) {
        ActorFinder.Hits h = finder.hits(s);
        for (int i = s.size() - 1; i >= 0; i--) {
            if (h.agent[i] == null || !s.pos[i].equals("NNS") || s.rel[i].equals("compound")
                    || s.rel[i].equals("amod")) {
                continue;
            }
            List<FoundActor> f = finder.find(s, h, i, java.util.Set.of());
            if (f.isEmpty()) {
                continue;
            }
            FoundActor a = f.get(0);
            if (a.noCountry()) {
                String c = ctx.countryFor(s, a);
                if (c == null) {
                    continue;
                }
                a = a.withCode(c + a.code().substring(3), a.reason() + ", country " + c);
            }
            return new FoundActor(a.code(), i, i, i, "group " + s.word[i] + " (" + a.reason() + ")", false);
        }
        return null;
    }
}
