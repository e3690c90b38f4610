package org.eventwire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {
    @Test
    void extractsBodyParagraphsAndMetadataFromANewsPage() {
        ExtractedArticle a = HtmlArticleExtractor.extract(TestFiles.read("page.html"), "https://coastal.example.org/strike");
        assertEquals("Harbour strike ends after nine days of talks", a.title());
        assertEquals("2024-03-07", a.date());
        assertEquals("Mara Lind", a.author());
        List<String> paragraphs = List.of(a.text().split("\n\n"));
        assertTrue(paragraphs.get(0).startsWith("Dock workers in the northern port returned"), a.text());
        assertTrue(paragraphs.contains("Backlog of ships"), "subheading kept as its own paragraph");
        assertTrue(paragraphs.get(paragraphs.size() - 1).startsWith("Exporters, who had warned"), a.text());
        assertEquals(6, paragraphs.size(), a.text());
        for (String junk : List.of("Related stories", "Reader comment", "Copyright", "hidden paragraph",
                "tracking", "Share on", "Home", "Cranes stood still")) {
            assertFalse(a.text().contains(junk), "should not contain " + junk + ": " + a.text());
        }
    }

    @Test
    void readsDatesFromJsonLdMicrodataAndTimeElements() {
        String ld = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"datePublished\":\"2021-11-02T10:00:00Z\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"A. Writer\"}]}]}</script></head><body><p>x</p></body></html>";
        ExtractedArticle a = HtmlArticleExtractor.extract(ld, null);
        assertEquals("2021-11-02", a.date());
        assertEquals("A. Writer", a.author());
        String micro = "<html><body><span itemprop=\"datePublished\" content=\"2020-02-29\">Feb 29</span></body></html>";
        assertEquals("2020-02-29", HtmlArticleExtractor.extract(micro, null).date());
        String time = "<html><body><time datetime=\"2019-07-15T08:00\">15 July</time><p>Text.</p></body></html>";
        assertEquals("2019-07-15", HtmlArticleExtractor.extract(time, null).date());
        assertNull(HtmlArticleExtractor.extract("<html><body><p>No date here.</p></body></html>", null).date());
    }

    @Test
    void brokenMarkupStillGivesText() {
        String broken = "<html><body><div><p>First paragraph of a story that is long enough to count as content here."
                + "<p>Second paragraph without closing tags, as old pages often have them, still fine.<div><b>bold";
        ExtractedArticle a = HtmlArticleExtractor.extract(broken, null);
        assertTrue(a.text().contains("First paragraph"), a.text());
        assertTrue(a.text().contains("Second paragraph"), a.text());
        assertEquals("", HtmlArticleExtractor.extract("", null).text());
    }

    @Test
    void lineBreaksSplitParagraphsOnlyWhenDoubled() {
        String html = "<html><body><div class=\"content\">Line one of the story goes here.<br>Still paragraph one."
                + "<br><br>Paragraph two starts after a blank line in the markup.</div></body></html>";
        String text = HtmlArticleExtractor.extract(html, null).text();
        assertEquals("Line one of the story goes here.\nStill paragraph one.\n\n"
                + "Paragraph two starts after a blank line in the markup.", text);
    }
}
