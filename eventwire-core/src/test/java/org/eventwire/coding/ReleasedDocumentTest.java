package org.eventwire.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eventwire.model.Event;
import org.eventwire.model.ArticleInput;
import org.eventwire.pipeline.ArticleAnalyzer;
import org.eventwire.pipeline.StandardPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Release" codes a release of people or property (084), not the publication of a document. */
class ReleasedDocumentTest {
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = StandardPipeline.analyzer(Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC), null);
    }

    private static List<String> codes(String text) {
        return analyzer.analyze(ArticleInput.ofText("t", text, "2023-05-10")).events().stream()
                .map(Event::cameo).toList();
    }

    @Test
    void releasingAStatementIsNoReleaseOfPersons() {
        List<String> codes = codes("The Kenyan government released a statement on Monday about the border.");
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("084")), codes.toString());
    }

    @Test
    void releasingPrisonersStillIs() {
        List<String> codes = codes("The Kenyan government released 40 prisoners on Monday.");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("084")), codes.toString());
    }
}
