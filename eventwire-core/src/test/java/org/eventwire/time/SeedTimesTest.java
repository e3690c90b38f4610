package org.eventwire.time;

import org.eventwire.coding.dict.Dictionaries;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.ArticleInput;
import org.eventwire.model.TimeExpression;
import org.eventwire.pipeline.ArticleAnalyzer;
import org.eventwire.pipeline.StandardPipeline;
import org.eventwire.pipeline.TestAnalyzer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On the seed report (read from ../shared, never copied), eventwire's tagger loses and changes no
 * time expression SUTime found: each of SUTime's has one of ours over it with the same value.
 */
class SeedTimesTest {
    @Test
    void noExpressionLostOrChanged() throws Exception {
        Path shared = TestAnalyzer.shared();
        Assumptions.assumeTrue(shared != null, "no ../shared beside this checkout");
        String text = Files.readString(shared.resolve("eval/seed/niger-2023-07-27.txt"));
        ArticleInput in = ArticleInput.ofText("seed", text, "2023-07-27");
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC);
        AnalyzedArticle sutime = new ArticleAnalyzer(StandardPipeline.stages(clock, Dictionaries.builtIn(), true), null)
                .analyze(in);
        AnalyzedArticle ours = TestAnalyzer.get().analyze(in);
        assertTrue(!sutime.times().isEmpty());
        for (TimeExpression s : sutime.times()) {
            List<TimeExpression> over = ours.times().stream()
                    .filter(o -> o.start() < s.end() && s.start() < o.end()).toList();
            assertTrue(over.stream().anyMatch(o -> o.value().equals(s.value())),
                    "SUTime's " + s + " became " + over);
        }
    }
}
