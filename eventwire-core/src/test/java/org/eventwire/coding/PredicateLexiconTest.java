package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.eventwire.coding.ArticleFixture.has;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Predicates of verbs.txt, nouns.txt and seeds.txt, each in a sentence written here. */
class PredicateLexiconTest {
    @Test
    void stateOfEmergencyDeclared() {
        assertTrue(has(events("The Peruvian president declared a state of emergency in Lima on Monday."), "PER", "1724",
                null));
    }

    @Test
    void resignationAnnounced() {
        List<Event> evs = events("The Peruvian prime minister announced his resignation on Monday.");
        assertTrue(has(evs, "PER", "0831", null), evs.toString());
    }

    @Test
    void phoneConversationWithALeader() {
        List<Event> evs = events("The French president had a phone conversation with the German chancellor.");
        assertTrue(has(evs, "FRA", "041", "DEU"), evs.toString());
    }

    @Test
    void tearGasAgainstProtesters() {
        List<Event> evs = events("Chilean police used tear gas and water cannon against students in Santiago.");
        assertTrue(has(evs, "CHL", "175", null), evs.toString());
    }

    @Test
    void enteringAnAgreement() {
        List<Event> evs = events("Colombia entered into an agreement with Ecuador on Friday.");
        assertTrue(has(evs, "COL", "057", "ECU"), evs.toString());
    }

    @Test
    void namingAsTerrorists() {
        List<Event> evs = events("Canada designated the Iranian Revolutionary Guard as a terrorist group.");
        assertTrue(has(evs, "CAN", "112", "IRN"), evs.toString());
    }

    @Test
    void announcedWithdrawal() {
        List<Event> evs = events("Russia announced a complete withdrawal from the region on Monday.");
        assertTrue(has(evs, "RUS", "0874", null), evs.toString());
    }

    @Test
    void encouragingIsAnAppeal() {
        List<Event> evs = events("The Japanese government encouraged China to release the detained fishermen.");
        assertTrue(has(evs, "JPN", "02", "CHN"), evs.toString());
    }

    @Test
    void capturingATownTakesTerritory() {
        List<Event> evs = events("Ethiopian troops captured the town of Dolo from Somali militants on Friday.");
        assertTrue(evs.stream().anyMatch(e -> e.cameo().equals("192")), evs.toString());
    }

    @Test
    void explodingBombsIsABombing() {
        List<Event> evs = events("Chadian rebels exploded two bombs in N'Djamena on Friday.");
        assertTrue(has(evs, "TCD", "183", null), evs.toString());
    }

    @Test
    void openingAnInquiry() {
        List<Event> evs = events("The Brazilian government opened an inquiry into the killings on Monday.");
        assertTrue(has(evs, "BRA", "090", null), evs.toString());
    }

    @Test
    void suspendingTiesWithACountry() {
        List<Event> evs = events("Morocco announced a suspension of ties with Iran on Tuesday.");
        assertTrue(has(evs, "MAR", "161", "IRN"), evs.toString());
    }

    @Test
    void protestersWithNoTargetProtestTheirGovernment() {
        List<Event> evs = events("Thousands of Chileans demonstrated in Santiago on Sunday.");
        assertTrue(has(evs, "CHL", "14", "CHLGOV"), evs.toString());
    }
}
