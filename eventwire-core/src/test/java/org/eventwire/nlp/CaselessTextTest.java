package org.eventwire.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaselessTextTest {
    private static final String CASED = "The mayor of Lyon met the Spanish ambassador on Tuesday.\n\n"
            + "Both said the talks in Madrid would resume next month.";

    @Test
    void textWithItsCaseNeedsNothing() {
        assertTrue(CaselessText.find(CASED).isEmpty());
        // short texts say nothing about case
        assertTrue(CaselessText.find("un talks").isEmpty());
        assertTrue(CaselessText.find("").isEmpty());
    }

    @Test
    void lowerCasedAndCapitalisedArticlesAreRecasedWhole() {
        String lower = CASED.toLowerCase();
        assertEquals(List.of(new CaselessText.Span(0, lower.length())), CaselessText.find(lower));
        String upper = CASED.toUpperCase();
        assertEquals(List.of(new CaselessText.Span(0, upper.length())), CaselessText.find(upper));
        // a stray acronym in a lower-cased archive does not hide that the case is gone
        String archive = "police said the suspects were taken to the station on main street after the fbi "
                + "joined the search, and that the investigation into the shooting near the river continued "
                + "through the night while residents were asked to stay indoors until the morning.";
        assertEquals(1, CaselessText.find(archive).size());
    }

    @Test
    void headlinesInCapitalsAreRecasedAloneInNormalText() {
        String headline = "POLICE DETAIN TWELVE AFTER CLASHES IN LYON";
        String text = headline + "\n\n" + CASED;
        assertEquals(List.of(new CaselessText.Span(0, headline.length())), CaselessText.find(text));
        // acronyms inside a normal line are not a headline
        assertTrue(CaselessText.find("The UN and NATO met in the US.\n" + CASED).isEmpty());
        // nor is a line of one or two words in capitals (a dateline city, an agency)
        assertTrue(CaselessText.find("LYON, FRANCE\n" + CASED).isEmpty());
    }
}
