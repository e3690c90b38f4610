package org.eventwire.coding;

import org.eventwire.coding.dict.Dictionaries;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.ArticleInput;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;
import org.eventwire.pipeline.ArticleAnalyzer;
import org.eventwire.pipeline.StandardPipeline;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A role without a country takes the country of a town the gazetteer placed: the place that
 * names the body or the place the sentence puts the act in, before the article's focus.
 */
class PlaceCountryTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(StandardPipeline.stages(
            Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC), Dictionaries.builtIn()), null);

    private static AnalyzedArticle analyze(String text) {
        AnalyzedArticle out = ANALYZER.analyze(ArticleInput.ofText("t", text, "2023-05-10"));
        assertNull(out.error(), out.error());
        return out;
    }

    private static String actor(AnalyzedArticle a, String name) {
        Entity e = a.entities().stream().filter(x -> x.name().endsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + ": " + a.entities()));
        return e.actor() == null ? null : e.actor().code();
    }

    private static boolean has(AnalyzedArticle a, String source, String target) {
        for (Event e : a.events()) {
            if (e.source().code().equals(source) && (target == null || e.target() != null && e.target().code().equals(target))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void gunmenTakeTheCountryOfTheTownTheyAttackIn() {
        AnalyzedArticle a = analyze("The United States condemned violence on Monday. US officials and American "
                + "diplomats met in Washington. Gunmen attacked a church in Zamboanga on Sunday.");
        assertTrue(a.events().stream().anyMatch(e -> e.source().code().equals("PHLUAF")), a.events().toString());
    }
}
