package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Arson told by its noun is the destruction of property by unnamed arsonists of the place. */
class ArsonNounTest {
    private static List<Event> arson(String text) {
        return events(text).stream().filter(e -> e.coder().rule().equals("ArsonNoun")).toList();
    }

    @Test
    void damagedByArsonIsArson() {
        List<Event> evs = arson("A mosque in Leicester, England, was badly damaged by arson on Sunday night.");
        assertEquals(1, evs.size(), evs.toString());
        assertEquals("1712", evs.get(0).cameo());
        assertTrue(evs.get(0).source().code().startsWith("GBR"), evs.toString());
        assertTrue(evs.get(0).source().name().startsWith("unnamed arsonists"), evs.get(0).source().name());
        assertEquals("GBRCVL", evs.get(0).target().code());
    }

    @Test
    void anArsonFireIsArson() {
        assertEquals(1, arson("An arson fire gutted a furniture store in Dayton, Ohio, early on Monday.").size());
    }

    @Test
    void anArsonChargeIsNotAnotherArson() {
        assertTrue(arson("A Dayton, Ohio, man was charged with arson after the fire at his store.").isEmpty());
    }

    @Test
    void arsonRuledOutIsNoArson() {
        assertTrue(arson("Fire officials in Dayton, Ohio, ruled out arson in the blaze at the store.").isEmpty());
    }

    @Test
    void arsonInvestigatorsAreNoArson() {
        assertTrue(arson("Arson investigators examined the burned store in Dayton, Ohio, on Tuesday.").isEmpty());
    }

    @Test
    void noFireToldNoArson() {
        assertTrue(arson("Arson has risen by ten percent in Ohio, the state's statistics office said.").isEmpty());
    }

    @Test
    void arsonThatMayHaveBeenIsAGuess() {
        assertTrue(arson("Police said the fire at the store in Dayton, Ohio, may have been arson.").isEmpty());
    }

    @Test
    void theWorkOfAnArsonistIsArsonEvenWhenInvestigatorsHedge() {
        assertEquals(1, arson("Investigators in Dayton, Ohio, said the blaze at the store could be the work of an arsonist.").size());
    }
}
