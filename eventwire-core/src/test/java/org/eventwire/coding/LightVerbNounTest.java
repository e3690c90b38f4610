package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Event nouns carried by light verbs, with one event per source. */
class LightVerbNounTest {
    private static boolean has(List<Event> evs, String source, String root, String target) {
        return evs.stream().anyMatch(e -> e.source().code().startsWith(source) && e.cameo().startsWith(root)
                && (target == null || e.target() != null && e.target().code().startsWith(target)));
    }

    @Test
    void lawsuitFiledAgainst() {
        List<Event> evs = events("The Mexican government filed a lawsuit against the United States on Monday.");
        assertTrue(has(evs, "MEX", "11", "USA"), evs.toString());
    }

    @Test
    void offensiveLaunchedInto() {
        List<Event> evs = events("Ethiopia launched a military offensive into Somalia on Tuesday.");
        assertTrue(has(evs, "ETH", "19", "SOM"), evs.toString());
    }

    @Test
    void statementsOfCondemnationComeFromEachSource() {
        List<Event> evs = events("Gunmen attacked a market in Kenya on Monday. "
                + "Statements of condemnation have come from France, Germany and Japan.");
        assertTrue(has(evs, "FRA", "11", null), evs.toString());
        assertTrue(has(evs, "DEU", "11", null), evs.toString());
        assertTrue(has(evs, "JPN", "11", null), evs.toString());
        assertEquals("LightVerbNoun", evs.stream().filter(e -> e.cameo().startsWith("11")).findFirst().orElseThrow()
                .coder().rule());
    }
    @Test
    void everyMemberOfAScatteredListIsASource() {
        List<Event> evs = events("Gunmen attacked a market in Kenya on Monday. Statements of condemnation have come from "
                + "German Foreign Minister Klaus Bauer, the Pope, and a spokesperson for Egyptian President Ahmed Saleh.");
        assertTrue(has(evs, "DEU", "11", null), evs.toString());
        assertTrue(has(evs, "EGY", "11", null), evs.toString());
    }
}
