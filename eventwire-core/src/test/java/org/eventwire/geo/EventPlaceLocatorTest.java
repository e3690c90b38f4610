package org.eventwire.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eventwire.model.EventLocation;
import org.eventwire.model.Place;
import org.eventwire.model.Span;
import org.junit.jupiter.api.Test;

class EventPlaceLocatorTest {
    private static final String TEXT = "Washington [US], July 27 (ANI): The US State Department said it was "
            + "monitoring the situation in Niger. Soldiers detained the president at his residence. "
            + "Guards held him inside the presidential palace in Niamey, the capital. "
            + "Ministries close to the palace were blocked off.";

    private final List<Place> places = new PlaceResolver().resolve(TEXT, new PlaceSpotter().spot(TEXT), "USA");
    private final Place dateline = EventPlaceLocator.placeNamed(places, "Washington");

    private EventLocation locate(String sentenceStartsWith, String evidence, boolean verbal) {
        int s = TEXT.indexOf(sentenceStartsWith);
        int e = TEXT.indexOf('.', TEXT.indexOf(evidence)) + 1;
        int ev = TEXT.indexOf(evidence);
        return EventPlaceLocator.locate(TEXT, Span.of(TEXT, s, e), Span.of(TEXT, ev, ev + evidence.length()),
                verbal, places, dateline);
    }

    @Test
    void statementAboutNigerIsPlacedWhereItWasMade() {
        EventLocation loc = locate("The US State", "said it was monitoring", true);
        assertEquals("Washington", loc.name());
        assertEquals("USA", loc.country());
    }

    @Test
    void physicalEventTakesTheLocativePlaceOfItsSentence() {
        EventLocation loc = locate("Guards held", "Guards held him", false);
        assertEquals("Niamey", loc.name());
        assertEquals("NER", loc.country());
    }

    @Test
    void eventWithoutPlaceTakesThePlaceNamedJustBefore() {
        EventLocation loc = locate("Ministries close", "were blocked off", false);
        assertEquals("Niamey", loc.name());
    }

    @Test
    void countryOfTheSentenceIsRefinedToItsCityNamedInTheArticle() {
        String t = "Soldiers in Niger removed the president. Residents of Niamey stayed home.";
        List<Place> ps = new PlaceResolver().resolve(t, new PlaceSpotter().spot(t), null);
        int end = t.indexOf('.') + 1;
        EventLocation loc = EventPlaceLocator.locate(t, Span.of(t, 0, end), Span.of(t, 0, end), false, ps, null);
        assertEquals("Niger", loc.name()); // "in Niger" is locative: the text's own words win
        String t2 = "Niger's army removed the president. Residents of Niamey stayed home.";
        List<Place> ps2 = new PlaceResolver().resolve(t2, new PlaceSpotter().spot(t2), null);
        int end2 = t2.indexOf('.') + 1;
        EventLocation loc2 = EventPlaceLocator.locate(t2, Span.of(t2, 0, end2), Span.of(t2, 0, end2), false, ps2, null);
        assertEquals("Niamey", loc2.name());
    }
}
