package org.eventwire.coding;

import org.eventwire.geo.Country;
import org.eventwire.geo.CountryTable;
import org.eventwire.model.Mention;
import org.eventwire.model.Place;

import java.util.List;
import java.util.Set;

/**
 * The country of a town, region or site the gazetteer placed, for a role without a country:
 * "Leicestershire police" (the place names the body) and "gunmen attacked a church in Jolo"
 * (the sentence places the act) are British and Philippine. Countries themselves are read as
 * actors already; this adds the places the actor dictionary does not know.
 */
final class PlaceCountry {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across", "around");
    private static final Set<String> NAMING = Set.of("compound", "nmod:poss", "amod", "flat");

    private PlaceCountry() {
    }

    /** The country of a place naming the actor's own body ("Kent police", "University of Kansas"), or null. */
    static String ofPhrase(List<Place> places, Sent s, FoundActor a) {
        for (Place p : places) {
            for (Mention m : p.mentions()) {
                int t = EventTiming.tokenAt(s, m.start());
                if (t >= 0 && usable(p) && t != a.head() && s.head[t] == a.head()
                        && (NAMING.contains(s.rel[t]) || s.rel[t].equals("nmod") && s.caseOf(t).equals("of"))) {
                    return p.country();
                }
            }
        }
        return null;
    }

    /** The country of the first place the sentence names with a locative preposition, or null. */
    static String locative(List<Place> places, Sent s) {
        int best = Integer.MAX_VALUE;
        String country = null;
        for (Place p : places) {
            for (Mention m : p.mentions()) {
                int t = EventTiming.tokenAt(s, m.start());
                if (t < 0 || !usable(p) || t >= best) {
                    continue;
                }
                int x = t;
                while (s.head[x] >= 0 && (s.rel[x].equals("compound") || s.rel[x].equals("flat"))) {
                    x = s.head[x];
                }
                if (LOCATIVE.contains(s.caseOf(x))) {
                    best = t;
                    country = p.country();
                }
            }
        }
        return country;
    }

    /**
     * True when token t is a country word inside a longer place name the gazetteer put in
     * another country: "Jamaica" in "Jamaica Hospital" (Queens), "Georgia" in "Georgia Avenue".
     * Any confidence: even a name placed only by the town it holds is a name, not the country.
     */
    static boolean insideOtherPlace(List<Place> places, Sent s, int t, String country) {
        Country named = CountryTable.get().byName(s.word[t]);
        if (named == null || !named.alpha3().equals(country)) {
            return false; // only a country's own name: "White House" is not a word for a country
        }
        for (Place p : places) {
            for (Mention m : p.mentions()) {
                if (m.start() <= s.begin[t] && s.end[t] <= m.end() && m.end() - m.start() > s.end[t] - s.begin[t]
                        && p.country() != null && !p.country().equals(country)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean usable(Place p) {
        return p.country() != null && p.country().matches("[A-Z]{3}") && p.confidence() >= 0.5;
    }
}
