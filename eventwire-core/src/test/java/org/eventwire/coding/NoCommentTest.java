package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Declining to comment is no rejection; declining a proposal is. */
class NoCommentTest {
    @Test
    void decliningToCommentIsNoEvent() {
        List<Event> evs = events("The Kenyan interior minister declined to comment on the Ugandan report.");
        assertTrue(evs.stream().noneMatch(e -> e.cameo().startsWith("01") || e.cameo().startsWith("12")),
                evs.toString());
    }

    @Test
    void refusingToNegotiateIsStillCoded() {
        List<Event> evs = events("The Kenyan government refused to negotiate with Ugandan rebels on Monday.");
        assertTrue(!evs.isEmpty(), evs.toString());
    }
}
