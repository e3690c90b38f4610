package org.eventwire.cli;

import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.ArticleInput;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DeclineCountsTest {
    @Test
    void countsDeclinesByLanguageMostFrequentFirst() {
        DeclineCounts c = new DeclineCounts();
        assertEquals("0 declined", c.toString());
        c.add(AnalyzedArticle.declined(input("a"), "ru", 0.3, "not English"));
        c.add(AnalyzedArticle.declined(input("b"), "pt", 0.2, "not English"));
        c.add(AnalyzedArticle.declined(input("c"), "pt", 0.1, "not English"));
        assertFalse(c.add(AnalyzedArticle.failed(input("d"), "empty text")));
        assertEquals(3, c.total());
        assertEquals("3 declined (pt 2, ru 1)", c.toString());
    }

    private static ArticleInput input(String id) {
        return ArticleInput.ofText(id, "Texto de prueba.", null);
    }
}
