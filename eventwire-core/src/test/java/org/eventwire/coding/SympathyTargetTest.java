package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.eventwire.coding.ArticleFixture.has;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Condolences that name no one go to the victim of the violence told before. */
class SympathyTargetTest {
    @Test
    void condolencesGoToTheLatestVictim() {
        List<Event> evs = events("Ugandan troops killed three Kenyan fishermen on Lake Victoria on Monday. "
                + "The Tanzanian foreign ministry expressed its deepest condolences.");
        assertTrue(has(evs, "TZA", "018", "KEN"), evs.toString());
    }
}
