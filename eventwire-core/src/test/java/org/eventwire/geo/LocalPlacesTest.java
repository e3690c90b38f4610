package org.eventwire.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.Place;
import org.junit.jupiter.api.Test;

/** Places at local scale: counties and parishes, demonyms, states named next to a town. */
class LocalPlacesTest {
    private final PlaceResolver resolver = new PlaceResolver();
    private final PlaceSpotter spotter = new PlaceSpotter();

    /** The given mentions (as the NER would find them) plus whatever the spotter finds. */
    private List<Place> places(String text, String... named) {
        List<PlaceMention> ms = new ArrayList<>();
        for (String n : named) {
            int at = text.indexOf(n);
            while (at >= 0) {
                int end = at + n.length();
                if (end == text.length() || !Character.isLetter(text.charAt(end))) { // whole words only
                    int[] sent = sentenceOf(text, at);
                    ms.add(new PlaceMention(at, end, n, "LOCATION", sent[0], sent[1]));
                }
                at = text.indexOf(n, at + 1);
            }
        }
        for (PlaceMention m : spotter.spot(text)) {
            if (ms.stream().noneMatch(x -> x.start() < m.end() && m.start() < x.end())) {
                ms.add(m);
            }
        }
        return resolver.resolve(text, ms, null);
    }

    private static int[] sentenceOf(String text, int at) {
        return Sentences.split(text).stream().filter(s -> s[0] <= at && at < s[1]).findFirst()
                .orElse(new int[] {0, text.length()});
    }

    private static Place named(List<Place> ps, String name) {
        return ps.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void aParishIsASecondLevelDivisionOfItsState() {
        List<Place> ps = places("Deputies of the Rapides Parish sheriff searched the woods overnight.", "Rapides Parish");
        Place p = named(ps, "Rapides Parish");
        assertNotNull(p, ps.toString());
        assertEquals("USA", p.country());
        assertEquals("region", p.feature());
        assertTrue(p.lat() > 30.5 && p.lat() < 31.8 && p.lon() > -93.2 && p.lon() < -92.0, p.lat() + "," + p.lon());
    }

    @Test
    void aCommonCountyNameTakesTheStateTheArticleIsAbout() {
        String text = "Farmers near Lincoln and Grand Island say Nebraska needs rain. Hall County commissioners met Monday.";
        Place p = named(places(text, "Lincoln", "Grand Island", "Nebraska", "Hall County"), "Hall County");
        assertNotNull(p);
        assertTrue(p.lat() > 40 && p.lat() < 41.5 && p.lon() > -99.5 && p.lon() < -97.5, p.lat() + "," + p.lon());
    }

    @Test
    void demonymsJoinTheCountryTheArticleNames() {
        String text = "Egypt hosted the talks. Egyptian officials said the Egyptian-Israeli border stayed open.";
        List<Place> ps = places(text, "Egypt");
        Place egypt = named(ps, "Egypt");
        assertNotNull(egypt);
        assertEquals(3, egypt.mentions().size(), egypt.mentions().toString());
        assertTrue(egypt.mentions().stream().anyMatch(m -> m.text().equals("Egyptian") && m.start() == text.indexOf("Egyptian-")), egypt.mentions().toString());
        assertFalse(ps.stream().anyMatch(p -> "ISR".equals(p.country())), "Israel is not named, only its adjective");
    }

    @Test
    void theStateNamedAfterATownIsAPlaceToo() {
        String text = "Flooding closed roads in Alexandria, La., on Tuesday.";
        List<Place> ps = places(text, "Alexandria");
        Place town = named(ps, "Alexandria");
        assertNotNull(town, ps.toString());
        assertEquals("USA", town.country());
        assertTrue(town.lat() > 30.5 && town.lat() < 32, "Alexandria in Louisiana: " + town.lat());
        assertNotNull(named(ps, "Louisiana"), "the qualifying state is kept: " + ps);
    }

    @Test
    void placesLeadingTheNamesOfLocalInstitutions() {
        String text = "Officers of the Paris Police Department and the Kansas Highway Patrol met Massachusetts Institute of Technology staff.";
        PlaceMention police = spotter.leadingPlace(text, text.indexOf("Paris"), text.indexOf(" and"), 0, text.length());
        assertNotNull(police);
        assertEquals("Paris", police.text());
        PlaceMention patrol = spotter.leadingPlace(text, text.indexOf("Kansas"), text.indexOf(" met"), 0, text.length());
        assertEquals("Kansas", patrol.text());
        assertEquals(null, spotter.leadingPlace(text, text.indexOf("Massachusetts"), text.indexOf(" staff"), 0, text.length()),
                "a national institution named after a state is no place of the story");
        String county = "Licking County Prosecutor Jane Roe filed charges.";
        PlaceMention c = spotter.leadingPlace(county, 0, "Licking County Prosecutor".length(), 0, county.length());
        assertEquals("Licking County", c.text());
    }

    @Test
    void aStreetTheGazetteerLacksIsPlacedApproximatelyAtTheArticlesTown() {
        String text = "Tulsa council members voted Monday. Police said the crash happened near Maple Grove Drive. "
                + "Tulsa plans to repave it next year.";
        List<Place> ps = places(text, "Tulsa", "Maple Grove Drive");
        Place street = named(ps, "Maple Grove Drive");
        Place town = named(ps, "Tulsa");
        assertNotNull(street, ps.toString());
        assertTrue(street.approximate());
        assertEquals(town.lat(), street.lat());
        assertTrue(street.reason().contains("most named town"), street.reason());
    }

    @Test
    void smallTownsOfTheArticlesOwnStateAreFound() {
        String text = "Charleston and Huntington police met Monday. Officers from Hurricane joined them in August. "
                + "A hurricane is unlikely in West Virginia.";
        List<Place> ps = places(text, "Charleston", "Huntington", "West Virginia");
        List<PlaceMention> ms = new ArrayList<>();
        for (String n : new String[] {"Charleston", "Huntington", "West Virginia"}) {
            int at = text.indexOf(n);
            ms.add(new PlaceMention(at, at + n.length(), n, "LOCATION", 0, text.length()));
        }
        java.util.Set<String> home = PlaceResolver.homeStates(resolver.resolveMentions(text, ms, null));
        assertTrue(home.contains("US.WV"), home.toString());
        List<int[]> taken = ms.stream().map(m -> new int[] {m.start(), m.end()}).toList();
        List<String> found = spotter.spotLocal(text, home, taken).stream().map(PlaceMention::text).toList();
        assertFalse(found.contains("Hurricane"), "the text also writes 'hurricane' as a word: " + found);
        assertFalse(found.contains("August"), "months are no towns: " + found);
        String text2 = "Charleston and Huntington police met Monday. Officers from Hurricane joined them.";
        List<String> found2 = spotter.spotLocal(text2, home, taken).stream().map(PlaceMention::text).toList();
        assertEquals(List.of("Hurricane"), found2);
        assertTrue(spotter.spotLocal(text2, java.util.Set.of("US.TX"), taken).isEmpty(), "only the article's states");
        assertNotNull(ps);
    }

    @Test
    void aListOfStatesNamesTheStatesNotTheirTownsOrCounties() {
        String text = "Rallies were planned in Nevada, Oregon, Delaware and Virginia, the organisers said.";
        List<Place> ps = places(text, "Nevada", "Oregon", "Delaware", "Virginia");
        for (String state : List.of("Nevada", "Oregon", "Delaware", "Virginia")) {
            Place p = named(ps, state);
            assertNotNull(p, state + " in " + ps);
            assertEquals("region", p.feature(), state + ": " + p.reason());
        }
        assertFalse(ps.stream().anyMatch(p -> p.name().endsWith("County")), ps.toString());
    }

    @Test
    void aStatesNameQualifiedByAnotherStateIsStillTheTown() {
        String text = "She grew up in Virginia, Minnesota, before moving to Portland, Oregon.";
        Place p = named(places(text, "Virginia", "Minnesota", "Portland", "Oregon"), "Virginia");
        assertNotNull(p);
        assertEquals("city", p.feature(), p.reason());
        assertTrue(p.lat() > 47 && p.lat() < 48, p.lat() + "," + p.lon());
    }
}
