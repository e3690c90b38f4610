package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a proposal would allow is no event; the act itself still is. */
class ProposalContentTest {
    @Test
    void actABillWouldAllowIsNoEvent() {
        List<Event> evs = events("Kenyan lawmakers debated a bill that would allow Kenya to extradite Ugandan rebels.");
        assertTrue(evs.stream().noneMatch(e -> e.cameo().startsWith("06") || e.cameo().startsWith("03")), evs.toString());
    }

    @Test
    void extraditionItselfIsAnEvent() {
        List<Event> evs = events("Kenya extradited two Ugandan rebels to Uganda on Monday.");
        assertTrue(evs.stream().anyMatch(e -> e.cameo().startsWith("06")), evs.toString());
    }
}
