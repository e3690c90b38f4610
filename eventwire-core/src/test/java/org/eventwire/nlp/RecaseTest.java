package org.eventwire.nlp;

import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;
import org.eventwire.model.Mention;
import org.eventwire.model.Place;
import org.eventwire.pipeline.TestAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text in any case is analysed as its cased original (sentences written for this test). */
class RecaseTest {
    private static final String ARTICLE = "Thursday, March 14, 2024\n\n"
            + "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Wednesday.\n\n"
            + "Scholz said Germany would send more aid to Ukraine. Police arrested two protesters near the "
            + "Elysee Palace, a spokesman for the Paris police said.";

    @Test
    void truecaserRestoresNamesAndKeepsEveryOffset() {
        String lower = "the prime minister of france met the president of kenya in nairobi on monday.";
        String cased = NlpModels.truecaser().recase(lower, CaselessText.find(lower));
        assertEquals(lower.length(), cased.length());
        assertTrue(cased.equalsIgnoreCase(lower));
        assertTrue(cased.startsWith("The "), cased);
        for (String name : List.of("France", "Kenya", "Nairobi", "Monday")) {
            assertTrue(cased.contains(name), cased);
        }
    }

    @Test
    void onlyTheGivenStretchesChange() {
        String text = "POLICE DETAIN TWELVE AFTER CLASHES IN LYON\n\nthe rest stays as it is.";
        String cased = NlpModels.truecaser().recase(text, CaselessText.find(text));
        assertTrue(cased.endsWith("\n\nthe rest stays as it is."), cased);
        assertTrue(cased.startsWith("Police "), cased);
        assertTrue(cased.contains("Lyon"), cased);
    }

    @Test
    void classesApplyLetterByLetter() {
        char[] t = "o'brien said".toCharArray();
        Truecaser.apply(t, 0, 7, "INIT_UPPER", "O'brien");
        Truecaser.apply(t, 8, 12, "LOWER", null);
        assertEquals("O'brien said", new String(t));
        char[] u = "MCDONALD".toCharArray();
        Truecaser.apply(u, 0, 8, "O", "McDonald");
        assertEquals("McDonald", new String(u));
        // a cased form that is not the same word letter for letter is not written
        char[] v = "gonna".toCharArray();
        Truecaser.apply(v, 0, 5, "O", "going to");
        assertEquals("gonna", new String(v));
    }

    @Test
    void lowerCasedArticleGivesTheSameAnalysisWithOffsetsIntoTheTextAsGiven() {
        AnalyzedArticle cased = TestAnalyzer.analyze(ARTICLE, "2024-03-14");
        String lower = ARTICLE.toLowerCase(Locale.ROOT);
        AnalyzedArticle low = TestAnalyzer.analyze(lower, "2024-03-14");
        assertEquals(lower, low.text());
        assertEquals(dateOf(cased), dateOf(low));
        assertTrue(names(low.entities()).containsAll(java.util.Set.of("olaf scholz", "emmanuel macron")),
                names(low.entities()).toString());
        assertEquals(names(cased.entities()), names(low.entities()));
        assertEquals(placeNames(cased.places()), placeNames(low.places()));
        assertEquals(events(cased.events()), events(low.events()));
        for (Entity e : low.entities()) {
            for (Mention m : e.mentions()) {
                assertTrue(m.text().equalsIgnoreCase(lower.substring(m.start(), m.end())), m.toString());
            }
        }
    }

    @Test
    void capitalisedArticleGivesTheSameEntities() {
        AnalyzedArticle cased = TestAnalyzer.analyze(ARTICLE, "2024-03-14");
        AnalyzedArticle upper = TestAnalyzer.analyze(ARTICLE.toUpperCase(Locale.ROOT), "2024-03-14");
        assertEquals(names(cased.entities()), names(upper.entities()));
        assertEquals(events(cased.events()), events(upper.events()));
    }

    private static String dateOf(AnalyzedArticle a) {
        return a.dateline() == null ? null : a.dateline().date();
    }

    private static TreeSet<String> names(List<Entity> es) {
        TreeSet<String> out = new TreeSet<>();
        for (Entity e : es) {
            if (e.type().equals("PERSON") || e.type().equals("ORGANIZATION")) {
                out.add(e.name().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static TreeSet<String> placeNames(List<Place> ps) {
        TreeSet<String> out = new TreeSet<>();
        for (Place p : ps) {
            out.add(p.name().toLowerCase(Locale.ROOT) + "/" + p.country());
        }
        return out;
    }

    private static List<String> events(List<Event> evs) {
        return evs.stream().map(e -> e.source().code() + " " + e.cameo() + " "
                + (e.target() == null ? "-" : e.target().code()) + " " + e.date()).toList();
    }
}
