package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.eventwire.coding.ArticleFixture.has;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Acts told in relative clauses, participles and coordinations. */
class ClauseShapesTest {
    @Test
    void relativePronounStandsForItsNoun() {
        List<Event> evs = events("The Kenyan opposition leader, who was arrested in Nairobi on Monday, "
                + "condemned the Kenyan government.");
        assertTrue(has(evs, "KENCOP", "173", "KENOPP"), evs.toString());
        assertTrue(has(evs, "KENOPP", "111", "KENGOV"), evs.toString());
    }

    @Test
    void pastParticipleActsOnItsNoun() {
        List<Event> evs = events("Five Afghan civilians killed in the raid were buried on Friday in Kandahar.");
        assertTrue(evs.stream().noneMatch(e -> e.source().code().equals("AFGCVL")), evs.toString());
        assertTrue(has(evs, "AFG", "19", "AFGCVL"), evs.toString());
    }

    @Test
    void participleWithAgentCodesTheAgent() {
        List<Event> evs = events("Kenya condemned the attack on Monday. The Kenyan activists detained by "
                + "Ugandan police on Sunday were released.");
        assertTrue(has(evs, "UGACOP", "173", "KEN"), evs.toString());
    }

    @Test
    void conjoinedCountriesOfOneTitleActEach() {
        List<Event> evs = events("The foreign ministers of France, Germany and Italy condemned the attack on Syria.");
        assertTrue(has(evs, "FRA", "111", "SYR"), evs.toString());
        assertTrue(has(evs, "DEU", "111", "SYR"), evs.toString());
        assertTrue(has(evs, "ITA", "111", "SYR"), evs.toString());
    }

    @Test
    void bothTargetsOfOneAccusation() {
        List<Event> evs = events("Russia accused both Ukraine and Poland of provoking the crisis.");
        assertTrue(has(evs, "RUS", "112", "UKR"), evs.toString());
        assertTrue(has(evs, "RUS", "112", "POL"), evs.toString());
    }

    @Test
    void relativeClauseStatesAreNoActs() {
        List<Event> evs = events("The Kenyan militia, which supports the Kenyan opposition, held a rally in Nairobi.");
        assertTrue(evs.stream().noneMatch(e -> e.cameo().startsWith("05")), evs.toString());
    }

    @Test
    void participleOfAStatementIsNoRelease() {
        List<Event> evs = events("A statement released by the Kenyan foreign ministry on Monday welcomed the talks.");
        assertTrue(evs.stream().noneMatch(e -> e.cameo().startsWith("084")), evs.toString());
    }

    @Test
    void aFiniteVerbCoordinatedWithAnotherIsNoParticiple() {
        List<Event> evs = events("The regional bloc, the African Union, called for the president's immediate release "
                + "and warned the Nigerien soldiers.");
        assertTrue(evs.stream().anyMatch(e -> e.source().code().startsWith("IGOAFRAFU") && e.cameo().startsWith("02")),
                evs.toString());
    }

    @Test
    void aParticipleAfterACommaIsTheSubjectsAct() {
        // "calling" follows the object after a comma: the minister calls, not the reporters
        List<Event> evs = events("Nigerian Foreign Minister Ade Bello addressed Ghanaian reporters in Accra, "
                + "Ghana, calling for the kidnappers of Nigerian sailors to be punished.");
        assertTrue(evs.stream().noneMatch(e -> e.source().code().startsWith("GHA")
                && e.cameo().startsWith("02")), evs.toString());
        assertTrue(has(evs, "NGAGOV", "02", null), evs.toString());
    }

    @Test
    void aParticipleAfterTheObjectOfAnAttackNounIsTheAttacks() {
        // "built by a charity" only modifies the school: the airstrike kills, not the school or the charity
        List<Event> evs = events("An airstrike in the southern Somali region of Gedo destroyed a village school "
                + "built by a charity on Monday, killing and wounding several children, residents and the charity said.");
        assertTrue(has(evs, "SOM", "19", null), evs.toString());
        assertTrue(evs.stream().noneMatch(e -> e.cameo().startsWith("19") && e.source().code().endsWith("CVL")),
                evs.toString());
    }
}
