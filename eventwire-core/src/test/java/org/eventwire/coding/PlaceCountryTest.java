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

    @Test
    void aCountryWordInsideAnotherCountrysPlaceNameIsNotThatCountry() {
        // "Jamaica" three times, each inside a Queens place name: the police are American
        AnalyzedArticle a = analyze("Driver charged after crash in New York\nA woman was killed in a crash on "
                + "101st Avenue on Friday, and the man behind the wheel was charged, police said.\nShe was taken to "
                + "Jamaica Hospital Medical Center, where she died. Friends gathered outside Jamaica Hospital on "
                + "Saturday.\nThe driver, who lives near Jamaica Avenue, was arrested on Friday night.");
        assertTrue(has(a, "USACOP", null), a.events().toString());
        assertTrue(a.events().stream().noneMatch(e -> e.source() != null && e.source().code().startsWith("JAM")),
                a.events().toString());
    }
}
