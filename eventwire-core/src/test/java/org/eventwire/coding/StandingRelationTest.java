package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A simple present passive is a standing relation; a past passive is an act. */
class StandingRelationTest {
    @Test
    void rebelsBackedInThePresentAreNoEvent() {
        List<Event> evs = events("The Sudanese minister said the rebels are backed by Ethiopia.");
        assertTrue(evs.stream().noneMatch(e -> e.cameo().startsWith("05")), evs.toString());
    }

    @Test
    void anArrestInThePastIsAnEvent() {
        List<Event> evs = events("Two Kenyan journalists were arrested by Kenyan police in Nairobi on Monday.");
        assertTrue(evs.stream().anyMatch(e -> e.cameo().startsWith("17")), evs.toString());
    }

    @Test
    void aChargeToldInThePresentOfALeadIsAnEvent() {
        List<Event> evs = events("A 40-year-old man in Halifax, Canada, is charged with murder in a bar shooting.");
        assertTrue(evs.stream().anyMatch(e -> e.cameo().equals("173")), evs.toString());
    }
}
