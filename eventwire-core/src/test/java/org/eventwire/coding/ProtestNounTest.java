package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Protests named by a noun target the government protested against. */
class ProtestNounTest {
    @Test
    void protestsInAPlaceTargetItsGovernment() {
        List<Event> evs = events("Anti-government protests continued in Chile on Monday.");
        Event e = evs.stream().filter(x -> x.cameo().equals("141")).findFirst()
                .orElseThrow(() -> new AssertionError(evs.toString()));
        assertEquals("CHL", e.source().code());
        assertEquals("CHLGOV", e.target().code());
        assertEquals("ProtestNoun", e.coder().rule());
    }

    @Test
    void aProtestAgainstNamesItsTarget() {
        List<Event> evs = events("Greek students staged a protest against the European Union in Athens on Monday.");
        assertTrue(evs.stream().anyMatch(x -> x.cameo().startsWith("14") && x.source().code().startsWith("GRC")
                && x.target() != null && x.target().code().startsWith("IGOEUR")), evs.toString());
    }

    @Test
    void aPostponedProtestIsNoProtest() {
        List<Event> evs = events("Chilean opposition leaders agreed to postpone the demonstration in Santiago.");
        assertTrue(evs.stream().noneMatch(x -> x.coder().rule().equals("ProtestNoun")), evs.toString());
    }
}
