package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.eventwire.coding.ArticleFixture.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Protesting lawmakers": the participle tells their protest. */
class ProtestingModifierTest {
    @Test
    void protestingLawmakersProtestAgainstTheirGovernment() {
        List<Event> evs = events("Kenyan President William Ruto was interrupted by protesting lawmakers during his speech on Monday.");
        assertTrue(has(evs, "KEN", "14", "KENGOV"), evs.toString());
    }

    @Test
    void oneProtestWhenTheClauseAlreadyTellsIt() {
        List<Event> evs = events("Protesting farmers blocked the main highway to Nairobi on Monday.");
        assertEquals(1, evs.stream().filter(e -> e.cameo().startsWith("14")).count(), evs.toString());
    }
}
