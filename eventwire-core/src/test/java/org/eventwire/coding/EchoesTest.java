package org.eventwire.coding;

import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.Event;
import org.eventwire.pipeline.TestAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One act read by two constructions keeps the reading with a target. */
class EchoesTest {
    @Test
    void aThreatReadByVerbAndNounKeepsItsTarget() {
        AnalyzedArticle a = TestAnalyzer.analyze("Ethiopia threatened to launch a military offensive against Eritrea.",
                "2023-05-10");
        assertNull(a.error());
        List<Event> evs = a.events();
        assertTrue(evs.stream().anyMatch(e -> e.cameo().startsWith("13") && e.target() != null
                && e.target().code().startsWith("ERI")), evs.toString());
        assertTrue(evs.stream().noneMatch(e -> e.cameo().startsWith("13") && e.target() == null), evs.toString());
    }
}
