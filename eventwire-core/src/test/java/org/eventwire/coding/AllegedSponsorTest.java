package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.eventwire.coding.ArticleFixture.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saying an actor funds, arms or backs an armed group accuses that actor. */
class AllegedSponsorTest {
    @Test
    void saidToHaveFundedTheRebels() {
        List<Event> evs = events("The Ugandan government said Kenya had funded the rebels.");
        assertTrue(has(evs, "UGA", "112", "KEN"), evs.toString());
    }

    @Test
    void accordingToTheMinisterBackedBy() {
        List<Event> evs = events("According to Somali minister Abdirahman Beyle, the rebels are backed by Eritrea.");
        assertTrue(has(evs, "SOM", "112", "ERI"), evs.toString());
    }

    @Test
    void fightingTheRebelsIsNoTie() {
        List<Event> evs = events("The Ugandan government said Kenyan troops had attacked the rebels.");
        assertFalse(has(evs, "UGA", "112", null), evs.toString());
    }
}
