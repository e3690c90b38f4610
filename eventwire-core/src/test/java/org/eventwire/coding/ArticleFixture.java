package org.eventwire.coding;

import org.eventwire.coding.dict.Dictionaries;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.ArticleInput;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;
import org.eventwire.pipeline.ArticleAnalyzer;
import org.eventwire.pipeline.StandardPipeline;
import org.eventwire.pipeline.TestAnalyzer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;

/** The whole pipeline on a short text dated 2023-05-10, and the look-ups the actor tests make. */
final class ArticleFixture {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(StandardPipeline.stages(
            Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC), Dictionaries.builtIn()), null);

    private ArticleFixture() {
    }

    static AnalyzedArticle analyze(String text) {
        AnalyzedArticle out = ANALYZER.analyze(ArticleInput.ofText("t", text, "2023-05-10"));
        assertNull(out.error(), out.error());
        return out;
    }

    /** The events of a short text dated 2023-05-10, through the test pipeline. */
    static List<Event> events(String text) {
        AnalyzedArticle a = TestAnalyzer.analyze(text, "2023-05-10");
        assertNull(a.error());
        return a.events();
    }

    /** An event whose source, code and target (any when null) start with the given prefixes. */
    static boolean has(List<Event> evs, String source, String code, String target) {
        return evs.stream().anyMatch(e -> e.source().code().startsWith(source) && e.cameo().startsWith(code)
                && (target == null || e.target() != null && e.target().code().startsWith(target)));
    }

    /** The actor code of the entity whose name ends with name. */
    static String actor(AnalyzedArticle a, String name) {
        Entity e = a.entities().stream().filter(x -> x.name().endsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + ": " + a.entities()));
        return e.actor() == null ? null : e.actor().code();
    }

    /** An event from source to target (any target when null). */
    static boolean has(AnalyzedArticle a, String source, String target) {
        for (Event e : a.events()) {
            if (e.source().code().equals(source) && (target == null || e.target() != null && e.target().code().equals(target))) {
                return true;
            }
        }
        return false;
    }
}
