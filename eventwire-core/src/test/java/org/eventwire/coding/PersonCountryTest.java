package org.eventwire.coding;

import org.eventwire.coding.dict.Dictionaries;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.ArticleInput;
import org.eventwire.model.Entity;
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
 * A person keeps the country the article gives them; only a person without one takes the
 * country the article is about.
 */
class PersonCountryTest {
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

    @Test
    void aForeignMinisterInAStoryAboutAnotherCountryKeepsTheirCountry() {
        AnalyzedArticle a = analyze("American officials met in Washington on Monday. The United States and its "
                + "American allies discussed trade. US lawmakers debated the plan in the United States Congress. "
                + "Prime Minister Tom Ardley of Britain met American officials on Tuesday. "
                + "Ardley thanked the United States. Foreign Minister Karl Brenner visited Washington.");
        assertEquals("GBRGOV", actor(a, "Ardley"));
        // no country given anywhere: the country the article is about
        assertEquals("USAGOV", actor(a, "Brenner"));
        assertTrue(a.events().stream().anyMatch(e -> e.source().code().equals("GBRGOV")
                && e.evidence().text().contains("thanked")), a.events().toString());
    }

    @Test
    void aTitleParsedAsTheHeadOfTheNameStillGivesTheCountry() {
        AnalyzedArticle a = analyze("Greek officials met in Athens on Monday. Greece protested. On Wednesday, "
                + "as a part of his campaign, the Turkish President Ahmet Kaya  pledged converting the old hall, "
                + "formerly a Greek Orthodox church, to a mosque.");
        assertEquals("TURGOV", actor(a, "Kaya"));
    }
}
