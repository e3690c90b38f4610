package org.eventwire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input built to hurt: deep nesting, decompression bombs, pages that outlast their budget. */
class HostileInputTest {
    private static final String SENTENCE = "The council met on Monday, and the mayor said the new budget would pass.";

    @TempDir
    Path tmp;

    static String nestedDivs(int depth) {
        return "<div>".repeat(depth) + SENTENCE + "</div>".repeat(depth);
    }

    @Test
    void deeplyNestedMarkupKeepsItsTextWithoutRecursion() {
        ExtractedArticle a = HtmlArticleExtractor.extract("<html><body>" + nestedDivs(100_000) + "</body></html>", null);
        assertEquals(SENTENCE, a.text());
    }

    @Test
    void markupBelowTheDepthCapIsFlattenedToParagraphs() {
        String deep = "<div>".repeat(Limits.MAX_HTML_DEPTH + 20) + "<p>First paragraph, with words.</p>"
                + "<div><span>Second</span> paragraph <b>here</b>.</div>" + "</div>".repeat(Limits.MAX_HTML_DEPTH + 20);
        String text = HtmlArticleExtractor.extract("<html><body>" + deep + "</body></html>", null).text();
        assertEquals("First paragraph, with words.\n\nSecond paragraph here.", text);
    }

    @Test
    void aPageOverItsBudgetStopsNamingTheStep() {
        ItemTimer timer = new ItemTimer(1);
        OverBudgetException e = assertThrows(OverBudgetException.class, () -> {
            Thread.sleep(5);
            HtmlArticleExtractor.extract(nestedDivs(2_000), null, timer);
        });
        assertEquals("html extraction: over the 0.001 s budget", e.getMessage());
    }

    @Test
    void aJsonLinesPageOverBudgetFailsAloneAndTheNextLineIsRead() throws IOException {
        // reading the 10 MB line takes milliseconds; parsing six runs of 150,000 levels would take
        // several seconds even on a fast machine (one run alone can finish inside the 1 s budget)
        String page = "<html><body>" + nestedDivs(150_000).repeat(6) + "</body></html>";
        String lines = "{\"id\":\"deep\",\"html\":\"" + page + "\"}\n{\"id\":\"next\",\"text\":\"" + SENTENCE + "\"}\n";
        List<InputItem> items = new ArrayList<>();
        try (ArticleReader r = InputReaders.open("pages.jsonl",
                new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), 1_000)) {
            r.forEachRemaining(items::add);
        }
        assertEquals(2, items.size(), items.toString());
        assertEquals("html extraction: over the 1 s budget", items.get(0).error());
        assertTrue(items.get(0).readMillis() >= 1_000);
        assertEquals("next", items.get(1).article().id());
    }

    @Test
    void aGzipBombIsRefusedAfterAFewMegabytes() throws IOException {
        Path bomb = tmp.resolve("bomb.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                out.write(zeros);
            }
        }
        List<InputItem> items = TestFiles.readAll(bomb);
        assertEquals(1, items.size());
        assertTrue(items.get(0).error().startsWith("decoding: gzip data expands more than 100-fold"),
                items.get(0).error());
    }

    @Test
    void ordinaryGzippedTextIsNotTakenForABomb() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            lines.append("{\"id\":\"a").append(i).append("\",\"text\":\"").append(SENTENCE).append(" Item ").append(i)
                    .append(".\"}\n");
        }
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
        List<InputItem> items = new ArrayList<>();
        try (ArticleReader r = InputReaders.open("many.jsonl.gz", new ByteArrayInputStream(gz.toByteArray()))) {
            r.forEachRemaining(items::add);
        }
        assertEquals(3000, items.size());
        assertTrue(items.stream().noneMatch(InputItem::isError));
    }

    @Test
    void feedContentNestedDeeplyIsReadWithoutRecursion() throws IOException {
        Path feed = tmp.resolve("deep.rss");
        String content = nestedDivs(20_000).replace("<", "&lt;").replace(">", "&gt;");
        Files.writeString(feed, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item>"
                + "<title>Deep</title><link>https://example.org/deep</link><description>" + content
                + "</description></item></channel></rss>");
        List<InputItem> items = TestFiles.readAll(feed);
        assertEquals(1, items.size());
        assertNull(items.get(0).error());
        assertEquals(SENTENCE, items.get(0).article().text());
    }

    @Test
    void waitingForASlowPipeIsNotCountedAgainstTheBudget() {
        byte[] line = ("{\"id\":\"slow\",\"text\":\"" + SENTENCE + "\"}\n").getBytes(StandardCharsets.UTF_8);
        java.io.InputStream slow = new java.io.InputStream() {
            private int pos;

            @Override
            public int read() {
                if (pos >= line.length) {
                    return -1;
                }
                if (pos == 10) {
                    try {
                        Thread.sleep(1_200);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return line[pos++];
            }
        };
        List<InputItem> items = new ArrayList<>();
        try (ArticleReader r = InputReaders.open("-", slow, 500)) {
            r.forEachRemaining(items::add);
        }
        assertEquals(1, items.size(), items.toString());
        assertEquals("slow", items.get(0).article().id(), String.valueOf(items.get(0).error()));
    }
}
