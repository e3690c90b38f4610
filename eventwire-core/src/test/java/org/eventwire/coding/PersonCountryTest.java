package org.eventwire.coding;

import org.eventwire.model.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import static org.eventwire.coding.ArticleFixture.actor;
import static org.eventwire.coding.ArticleFixture.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person keeps the country the article gives them; only a person without one takes the
 * country the article is about.
 */
class PersonCountryTest {
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
