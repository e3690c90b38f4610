package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.eventwire.coding.ArticleFixture.has;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The private person an act falls on: a victim of violence is the place's civilians, the arrested its people. */
class PrivateTargetTest {
    @Test
    void aVictimOfPoliceFireIsTheCivilians() {
        List<Event> evs = events("French police officers shot a teenager in Marseille on Saturday.");
        assertTrue(has(evs, "FRACOP", "19", "FRACVL"), evs.toString());
    }

    @Test
    void theArrestedAreThePlacesPeople() {
        List<Event> evs = events("Police arrested a man in Glasgow on Friday after a fight outside a pub.");
        assertTrue(evs.stream().anyMatch(e -> e.source().code().equals("GBRCOP") && e.cameo().equals("173")
                && e.target() != null && e.target().code().equals("GBR")), evs.toString());
    }

    @Test
    void aDismissalIsNoViolence() {
        List<Event> evs = events("The club's owner decided to fire the coach in Turin on Monday.");
        assertTrue(evs.stream().noneMatch(e -> e.cameo().startsWith("19")), evs.toString());
    }

    @Test
    void aGatheringIsCiviliansNotAPoliticalParty() {
        List<Event> evs = events("Gunmen attacked a wedding party in Kabul on Saturday.");
        assertTrue(has(evs, "AFG", "19", "AFGCVL"), evs.toString());
        assertTrue(evs.stream().noneMatch(e -> e.target() != null && e.target().code().endsWith("PTY")), evs.toString());
    }
}
