package org.eventwire.coding;

import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.Event;
import org.eventwire.pipeline.TestAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Declining to comment is no rejection; declining a proposal is. */
class NoCommentTest {
    private static List<Event> events(String text) {
        AnalyzedArticle a = TestAnalyzer.analyze(text, "2023-05-10");
        assertNull(a.error());
        return a.events();
    }

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
