package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.eventwire.coding.ArticleFixture.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attacking a decision or a statement is criticism; attacking a town is still force. */
class VerbalAttackTest {
    @Test
    void attackingAProclamationIsCriticism() {
        List<Event> evs = events("On Tuesday Kenyan President William Ruto attacked the proclamation of the border "
                + "zone by Ugandan President Yoweri Museveni.");
        assertTrue(has(evs, "KEN", "111", "UGA"), evs.toString());
        assertFalse(evs.stream().anyMatch(e -> e.cameo().startsWith("19")), evs.toString());
    }

    @Test
    void attackingATownIsStillForce() {
        List<Event> evs = events("Ugandan troops attacked the Kenyan town of Lokichogio on Tuesday.");
        assertTrue(evs.stream().anyMatch(e -> e.cameo().startsWith("19")), evs.toString());
    }

    @Test
    void shellingPositionsIsStillForce() {
        List<Event> evs = events("Ugandan tanks shelled positions of the Kenyan army near the border on Tuesday.");
        assertFalse(evs.stream().anyMatch(e -> e.cameo().equals("111")), evs.toString());
    }
}
