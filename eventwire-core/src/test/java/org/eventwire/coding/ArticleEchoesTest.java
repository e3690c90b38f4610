package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One act told twice in an article is one event; acts of different people stay apart. */
class ArticleEchoesTest {
    private static long consults(List<Event> evs) {
        return evs.stream().filter(e -> e.cameo().startsWith("04") && !e.background()).count();
    }

    @Test
    void aCallToldTwiceIsOneEvent() {
        List<Event> evs = events("French President Emmanuel Macron met German Chancellor Olaf Scholz on Monday. "
                + "French President Emmanuel Macron negotiated with Scholz about energy prices.");
        assertEquals(1, consults(evs), evs.toString());
        Event e = evs.stream().filter(x -> x.cameo().startsWith("04")).findFirst().orElseThrow();
        assertTrue(!e.moreEvidence().isEmpty(), e.toString());
        assertEquals("e1", evs.get(0).id());
    }

    @Test
    void twoPeopleOfOneStateActTwice() {
        List<Event> evs = events("French President Emmanuel Macron met German Chancellor Olaf Scholz on Monday. "
                + "French Foreign Minister Catherine Colonna negotiated with Scholz about energy prices.");
        assertEquals(2, consults(evs), evs.toString());
    }
}
