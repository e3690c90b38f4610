package org.eventwire.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceSpotterTest {
    private final PlaceSpotter spotter = new PlaceSpotter();

    private List<String> spot(String s) {
        return spotter.spot(s).stream().map(PlaceMention::text).toList();
    }

    @Test
    void findsCountriesCitiesRegionsAndSites() {
        assertEquals(List.of("Niger", "Niamey", "West Africa"), spot("Soldiers in Niger held Niamey as West Africa watched."));
        assertEquals(List.of("Burkina Faso", "Mali"), spot("There were coups in Burkina Faso and Mali."));
        assertEquals(List.of("US", "Niger"), spot("The US Embassy said the Niger President was safe."));
        assertEquals(List.of("Tahrir Square", "Cairo"), spot("Crowds filled Tahrir Square in Cairo."));
        assertEquals(List.of("Bosnia and Herzegovina"), spot("Elections in Bosnia and Herzegovina were held."));
    }

    @Test
    void skipsNamesThatArePartOfPeopleOrOrganisations() {
        assertEquals(List.of(), spot("He read the Washington Post on the way."));
        assertEquals(List.of(), spot("A statue of George Washington stood there."));
        assertEquals(List.of(), spot("They signed the Paris Agreement."));
        assertEquals(List.of(), spot("President Washington said so."));
        assertEquals(List.of(), spot("The Economic Community of West African States met."));
    }

    @Test
    void skipsACommonWordOpeningALineOrHeadline() {
        assertEquals(List.of(), spot("Update: Man held after warehouse fire\nA man was held on Monday after the fire."));
        assertEquals(List.of(), spot("Man Held After Big Warehouse Fire In Town\nThe man was held on Monday."));
        assertEquals(List.of("Man"), spot("She flew to Man last week, the man said."));
    }


    @Test
    void aOneWordNameOpeningALineIsACommonWordWhenTheTextWritesItInLowerCase() {
        String text = "Budget talks\nCity officials met on Monday. The city will vote.";
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int at = text.indexOf("City");
        assertEquals(true, PlaceSpotter.commonWordAt(text, lower, at, at + 4, true));
        String other = "Budget talks\nLeeds officials met on Monday. The council will vote.";
        assertEquals(false, PlaceSpotter.commonWordAt(other, other.toLowerCase(java.util.Locale.ROOT), at, at + 5, true));
    }

    @Test
    void aCommonWordOpeningALineIsNoTownEvenWhenNeverWrittenInLowerCase() {
        assertEquals(List.of(), spot("Budget news\nMan held after robbery at a bank\nPolice gave no names."));
        String text = "Budget talks\nCity Council members met on Monday.";
        int at = text.indexOf("City");
        assertEquals(true, PlaceSpotter.commonWordAt(text, text.toLowerCase(java.util.Locale.ROOT), at, at + 4, true));
    }

    @Test
    void aCommonWordLeadsNoInstitutionAsAPlace() {
        String text = "It was over.\nCity Council Member Ann Lee spoke to reporters.";
        assertEquals(List.of(), spot(text));
        int at = text.indexOf("City");
        assertEquals(null, spotter.leadingPlace(text, at, at + "City Council".length(), at, text.length()));
        String state = "Victoria Police arrested two men.";
        assertEquals("Victoria", spotter.leadingPlace(state, 0, "Victoria Police".length(), 0, state.length()).text());
    }
}
