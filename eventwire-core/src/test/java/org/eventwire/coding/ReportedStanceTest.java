package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.eventwire.coding.ArticleFixture.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A judgement in reported speech is the reporter's speech act on the actor it judges. */
class ReportedStanceTest {
    @Test
    void namingTheCulpritIsAnAccusation() {
        List<Event> evs = events("Colonel Musa Danladi of the Nigerian army said the Boko Haram group are the suspected perpetrators.");
        assertTrue(has(evs, "NGAMIL", "112", "NGAREB"), evs.toString());
    }

    @Test
    void reportedCondemnationOfAnActorsAttack() {
        List<Event> evs = events("Kenyan Interior Minister Fred Matiang'i said the attack by al-Shabaab was cowardly.");
        assertTrue(has(evs, "KENGOV", "111", "SOMREB"), evs.toString());
    }

    @Test
    void judgementOfNoNamedActorGivesNothing() {
        List<Event> evs = events("The Ugandan foreign minister said the weather was disastrous for farmers.");
        assertFalse(evs.stream().anyMatch(e -> e.cameo().startsWith("11")), evs.toString());
    }

    @Test
    void negatedJudgementGivesNothing() {
        List<Event> evs = events("Nigerian police spokesman Frank Mba said Boko Haram was not responsible for the fire.");
        assertFalse(evs.stream().anyMatch(e -> e.cameo().startsWith("112")), evs.toString());
    }
}
