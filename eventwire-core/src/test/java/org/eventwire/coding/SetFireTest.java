package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A fire told as set is arson by unnamed arsonists of the place, unless a by-agent names them. */
class SetFireTest {
    private static List<Event> setFire(String text) {
        return events(text).stream().filter(e -> e.coder().rule().equals("SetFire")).toList();
    }

    @Test
    void aFireThatWasDeliberatelySetIsArson() {
        List<Event> evs = setFire("A warehouse in Dayton, Ohio, was badly damaged by a fire that was deliberately set on Friday.");
        assertEquals(1, evs.size(), evs.toString());
        assertEquals("1712", evs.get(0).cameo());
        assertTrue(evs.get(0).source().name().startsWith("unnamed arsonists"), evs.get(0).source().name());
        assertEquals("USACVL", evs.get(0).target().code());
    }

    @Test
    void theBlazeWasSetIntentionally() {
        assertEquals(1, setFire("Investigators in Dayton, Ohio, said the blaze was set intentionally.").size());
    }

    @Test
    void aControlledFireIsNoArson() {
        assertTrue(setFire("A controlled fire was set by rangers near Boise, Idaho, on Monday.").isEmpty());
    }

    @Test
    void aFireNotToldAsSetIsNoArson() {
        assertTrue(setFire("A fire broke out at a warehouse in Dayton, Ohio, on Friday.").isEmpty());
    }
}
