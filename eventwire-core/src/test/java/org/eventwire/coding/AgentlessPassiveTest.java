package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Agentless passives of arrest and violence take the agent the text implies. */
class AgentlessPassiveTest {
    private static Event with(List<Event> evs, String root) {
        return evs.stream().filter(e -> e.cameo().startsWith(root)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + root + " event in " + evs));
    }

    @Test
    void unnamedAttackersTakeTheVictimsCountry() {
        Event e = with(events("Two Kenyan police officers were attacked near the border on Monday."), "19");
        assertEquals("KEN", e.source().code());
        assertEquals("KENCOP", e.target().code());
        assertEquals("AgentlessPassive", e.coder().rule());
        assertTrue(e.source().name().contains("agentless passive"), e.source().name());
    }

    @Test
    void arrestsImplyThePolice() {
        Event e = with(events("Kenya held elections on Sunday. Two suspects were arrested in Nairobi on Monday."), "17");
        assertEquals("KENCOP", e.source().code());
        assertEquals("KEN", e.target().code());
    }

    @Test
    void anOperationNamesItsActor() {
        Event e = with(events("The militant leader was killed in a French military operation in Mali on Monday."), "1");
        assertEquals("FRA", e.source().code().substring(0, 3));
    }

    @Test
    void disastersImplyNoAttacker() {
        assertTrue(events("Six Kenyan villagers were killed in floods near the border on Monday.").stream()
                .noneMatch(e -> e.coder().rule().equals("AgentlessPassive")));
    }

    @Test
    void aDisasterStorysTollImpliesNoAttacker() {
        String lead = "A strong earthquake struck southern Kenya on Monday, flattening several villages. "
                + "Residents fled into the streets in panic. ";
        List<Event> toll = events(lead + "The provincial governor said twelve Kenyan villagers were killed.");
        assertTrue(toll.stream().noneMatch(e -> e.coder().rule().equals("AgentlessPassive")), toll.toString());
        // violence told in a disaster story is still violence
        List<Event> shot = events(lead + "Police said two Kenyan looters were shot by gunmen in Nairobi.");
        assertTrue(shot.stream().anyMatch(e -> e.cameo().startsWith("19") || e.cameo().startsWith("18")), shot.toString());
        // the same toll in a story about violence keeps its implied attackers
        List<Event> attack = events("Gunmen attacked a market in southern Kenya on Monday. "
                + "The provincial governor said twelve Kenyan villagers were killed.");
        assertTrue(attack.stream().anyMatch(e -> e.coder().rule().equals("AgentlessPassive")), attack.toString());
    }

    @Test
    void passiveStatementsImplyNoDoer() {
        assertTrue(events("The Kenyan budget plan was criticized on Monday.").isEmpty());
    }

    @Test
    void conditionalsImplyNoDoer() {
        List<Event> evs = events("Kenyan officials said that if the opposition leader were arrested, there would be unrest.");
        assertTrue(evs.stream().noneMatch(e -> e.coder().rule().equals("AgentlessPassive")), evs.toString());
    }

    @Test
    void aBanIsNoPoliceAct() {
        List<Event> evs = events("The Kenyan opposition party is banned in Nairobi.");
        assertTrue(evs.stream().noneMatch(e -> e.coder().rule().equals("AgentlessPassive")), evs.toString());
    }

    @Test
    void aCarBombExplosionIsNoAccident() {
        Event e = with(events("A Kenyan journalist was killed in a car bomb explosion in Nairobi on Monday."), "19");
        assertEquals("AgentlessPassive", e.coder().rule());
        assertEquals("KEN", e.source().code());
    }

    @Test
    void aClaimedKillingIsNoAct() {
        List<Event> evs = events("The government in Lima denied all claims that the journalist was slain in the consulate.");
        assertTrue(evs.stream().noneMatch(e -> e.coder().rule().equals("AgentlessPassive")), evs.toString());
    }
}
