package org.eventwire.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Country adjectives and demonyms ("Egyptian troops", "the Russians", "Egyptian-US relations")
 * as further mentions of a country the article names: local news names foreign countries
 * mostly this way. A demonym alone does not make a country a place of the article ("French
 * fries", "a Greek restaurant"), so one whose country is not named is left out.
 */
final class DemonymMentions {
    private DemonymMentions() {
    }

    static List<PlaceResolver.Resolved> find(String text, List<PlaceMention> taken,
                                             Map<String, PlaceResolver.Resolved> byCountry, CountryTable table) {
        List<PlaceResolver.Resolved> out = new ArrayList<>();
        for (Words.Token t : Words.tokens(text, 0, text.length())) {
            int from = t.start();
            for (String part : t.text().split("-", -1)) { // "Arab-Israeli": each part on its own
                int start = from;
                int end = from + part.length();
                from = end + 1;
                if (part.length() < 4 || !Character.isUpperCase(part.charAt(0))
                        || part.equals(part.toUpperCase(Locale.ROOT))) {
                    continue;
                }
                Country c = table.byDemonym(part);
                if (c == null || table.byName(part) != null || overlaps(taken, start, end)) {
                    continue;
                }
                PlaceResolver.Resolved named = byCountry.get(c.alpha3());
                if (named != null) {
                    PlaceMention m = new PlaceMention(start, end, part, "DEMONYM", start, end);
                    out.add(new PlaceResolver.Resolved(m, named.candidate(), named.confidence(),
                            named.reason(), false));
                }
            }
        }
        return out;
    }

    private static boolean overlaps(List<PlaceMention> ms, int start, int end) {
        for (PlaceMention m : ms) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }
}
