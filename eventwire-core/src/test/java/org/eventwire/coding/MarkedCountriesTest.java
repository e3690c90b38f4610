package org.eventwire.coding;

import org.eventwire.model.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import static org.eventwire.coding.ArticleFixture.actor;
import static org.eventwire.coding.ArticleFixture.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Roles the article leaves without a country belong to the country it does not mark: a British
 * story marks American bodies with "US" and names the US often, yet its bare titles are British.
 */
class MarkedCountriesTest {
    private static final String STORY = "On Tuesday, officials in London asked the United States to return a "
            + "painting that had left a museum in Manchester, England, in March. The painting left the UK and went to the US. US Ambassador Mark Hollis said "
            + "the US Embassy in London would study the case. The US Air Force and US customs officers "
            + "had moved the crate, according to the American consul. "
            + "Culture Secretary Ellen Marsh urged the embassy to act and spoke with US Secretary of State "
            + "Joan Porter about the painting. The embassy rejected the request.";

    @Test
    void anUnmarkedTitleTakesTheUnmarkedCountry() {
        AnalyzedArticle a = analyze(STORY);
        assertEquals("GBRGOV", actor(a, "Marsh"));
        assertEquals("USAGOV", actor(a, "Porter"));
        assertTrue(a.events().stream().anyMatch(e -> e.source().code().equals("GBRGOV")
                && e.target() != null && e.target().code().equals("USAGOV")
                && e.evidence().text().contains("spoke")), a.events().toString());
    }

    @Test
    void theBodyNamedWithTheIsTheOneNamedBefore() {
        AnalyzedArticle a = analyze(STORY);
        // "the embassy" is the US Embassy named before, not a British body
        assertTrue(a.events().stream().anyMatch(e -> e.source().code().startsWith("USA")
                && e.evidence().text().contains("rejected")), a.events().toString());
        assertTrue(a.events().stream().noneMatch(e -> e.target() != null && e.target().code().startsWith("GBR")
                && e.evidence().text().contains("urged the embassy")), a.events().toString());
    }

    @Test
    void aShortReportMarksNothingAsForeign() {
        // one mention each: "a Chadian official" is no mark of a foreign country
        java.util.List<org.eventwire.model.Event> evs = ArticleFixture.events("Security forces killed 20 rebels "
                + "on Monday, a Chadian official said. The fighting took place near the border with Sudan.");
        assertTrue(evs.stream().anyMatch(e -> e.source().code().startsWith("TCD") && e.cameo().startsWith("19")),
                evs.toString());
    }
}
