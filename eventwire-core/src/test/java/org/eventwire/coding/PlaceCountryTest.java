package org.eventwire.coding;

import org.eventwire.model.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import static org.eventwire.coding.ArticleFixture.actor;
import static org.eventwire.coding.ArticleFixture.analyze;
import static org.eventwire.coding.ArticleFixture.has;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A role without a country takes the country of a town the gazetteer placed: the place that
 * names the body or the place the sentence puts the act in, before the article's focus.
 */
class PlaceCountryTest {
    @Test
    void gunmenTakeTheCountryOfTheTownTheyAttackIn() {
        AnalyzedArticle a = analyze("The United States condemned violence on Monday. US officials and American "
                + "diplomats met in Washington. Gunmen attacked a church in Zamboanga on Sunday.");
        assertTrue(a.events().stream().anyMatch(e -> e.source().code().equals("PHLUAF")), a.events().toString());
    }
}
