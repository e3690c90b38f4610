package org.eventwire.pipeline;

import org.eventwire.json.ArticleJson;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.Entity;
import org.eventwire.model.Quote;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end on the ANI seed report read from ../shared (never copied into the repo). */
class SeedArticleTest {
    @Test
    void seedArticle() throws Exception {
        Path shared = TestAnalyzer.shared();
        Assumptions.assumeTrue(shared != null, "no ../shared beside this checkout");
        String text = Files.readString(shared.resolve("eval/seed/niger-2023-07-27.txt"));
        AnalyzedArticle a = TestAnalyzer.analyze(text, "2023-07-27");

        assertEquals("Washington", a.dateline().place());
        assertEquals("USA", a.dateline().country());
        assertEquals("ANI", a.dateline().agency());
        assertTrue(a.times().stream().anyMatch(t -> t.text().equals("Wednesday") && t.value().equals("2023-07-26")));

        Entity blinken = a.entities().stream().filter(e -> e.name().equals("Antony Blinken")).findFirst().orElseThrow();
        assertTrue(blinken.mentions().stream().anyMatch(m -> m.text().equals("Blinken")));
        assertTrue(blinken.mentions().stream().anyMatch(m -> m.kind().equals("PRONOUN")));
        assertTrue(blinken.title().contains("Secretary of State"));
        assertTrue(a.entities().stream().anyMatch(e -> e.name().equals("Economic Community of West African States")
                && e.mentions().stream().anyMatch(m -> m.text().equals("ECOWAS"))));

        Quote miller = a.quotes().stream().filter(q -> q.text().startsWith("We are monitoring")).findFirst().orElseThrow();
        assertEquals("Matthew Miller", miller.speaker().name());
        Quote guterres = a.quotes().stream().filter(q -> q.text().startsWith("I condemn")).findFirst().orElseThrow();
        assertEquals("Antonio Guterres", guterres.speaker().name());
        assertNotNull(a.places().stream().filter(p -> p.name().equals("Niamey") && "NER".equals(p.country()))
                .findFirst().orElse(null));

        // same input, same bytes
        assertEquals(ArticleJson.toLine(a), ArticleJson.toLine(TestAnalyzer.analyze(text, "2023-07-27")));
    }
}
