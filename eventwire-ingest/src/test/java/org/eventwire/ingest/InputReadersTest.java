package org.eventwire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.eventwire.model.ArticleInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReadersTest {
    @TempDir
    Path tmp;

    @Test
    void plainTextFileIsOneArticleNamedAfterTheFile() {
        List<InputItem> items = TestFiles.readAll(TestFiles.resource("article-one.txt"));
        assertEquals(1, items.size());
        ArticleInput a = items.get(0).article();
        assertEquals("article-one", a.id());
        assertTrue(a.text().startsWith("Flooding closed three roads"));
        assertTrue(a.text().contains("\n\nRescue teams"));
        assertNull(items.get(0).warning());
    }

    @Test
    void jsonLinesGiveOneItemPerLineAndBadLinesAreErrorsForThatLineOnly() {
        List<InputItem> items = TestFiles.readAll(TestFiles.resource("articles.jsonl"));
        assertEquals(6, items.size(), items.toString());
        ArticleInput a1 = items.get(0).article();
        assertEquals("a1", a1.id());
        assertEquals("2023-05-02", a1.date());
        assertEquals("Budget approved", a1.title());
        assertEquals("Town Herald", a1.source());
        assertTrue(items.get(1).error().startsWith("invalid JSON"), items.get(1).error());
        assertTrue(items.get(1).origin().endsWith("articles.jsonl:2"));
        ArticleInput fromHtml = items.get(2).article();
        assertEquals("3", fromHtml.id());
        assertTrue(fromHtml.text().startsWith("Rain is expected across the region"), fromHtml.text());
        assertEquals("https://example.org/news/rain", fromHtml.url());
        assertEquals("example.org", fromHtml.source());
        assertEquals("no \"text\" or \"html\" field", items.get(3).error());
        assertTrue(items.get(3).origin().endsWith(":5"), "blank line 4 is skipped but counted");
        assertEquals("not a JSON object", items.get(4).error());
        assertNull(items.get(5).article().date());
        assertTrue(items.get(5).warning().contains("unreadable date"));
    }

    @Test
    void csvWithHeaderMapsWikinewsColumns() {
        List<InputItem> items = TestFiles.readAll(TestFiles.resource("news.csv"));
        assertEquals(2, items.size());
        ArticleInput a = items.get(0).article();
        assertEquals("news-1", a.id());
        assertEquals("2019-01-04", a.date());
        assertEquals("Bridge reopens, traffic resumes", a.title());
        assertEquals("https://en.wikinews.org/wiki/Example_one", a.url());
        assertTrue(a.text().contains("The bridge reopened on Friday"));
        assertTrue(items.get(1).isError());
        assertTrue(items.get(1).origin().endsWith("news.csv:row 2"));
    }

    @Test
    void realWikinewsCsvReadsWithoutErrors() {
        Path csv = Path.of(System.getProperty("eventwire.shared", "../shared"), "data/wikinews/wikinews_2019.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(csv), "shared data not present");
        int ok = 0;
        int errors = 0;
        try (ArticleReader r = InputReaders.open(List.of(csv.toString()))) {
            while (r.hasNext() && ok + errors < 200) {
                InputItem item = r.next();
                if (item.isError()) {
                    errors++;
                } else {
                    ok++;
                    assertNotNull(item.article().date());
                    assertNotNull(item.article().title());
                }
            }
        }
        assertTrue(ok > 100 && errors <= ok / 20, ok + " ok, " + errors + " errors");
    }

    @Test
    void htmlFilesPlainAndGzipped() throws IOException {
        Path gz = tmp.resolve("story.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(TestFiles.read("page.html").getBytes(StandardCharsets.UTF_8));
        }
        List<InputItem> items = TestFiles.readAll(TestFiles.resource("page.html"), gz);
        assertEquals(2, items.size());
        for (InputItem item : items) {
            ArticleInput a = item.article();
            assertNotNull(a, item.message());
            assertEquals("2024-03-07", a.date());
            assertEquals("Harbour strike ends after nine days of talks", a.title());
            assertTrue(a.text().startsWith("Dock workers"));
            assertNull(a.html());
        }
        assertEquals("story", items.get(1).article().id());
    }

    @Test
    void rssAndAtomEntriesBecomeArticles() {
        List<InputItem> rss = TestFiles.readAll(TestFiles.resource("feed.rss"));
        assertEquals(3, rss.size());
        ArticleInput lib = rss.get(0).article();
        assertEquals("Mayor opens new library", lib.title());
        assertEquals("https://valley.example.org/library", lib.url());
        assertEquals("2024-09-10", lib.date());
        assertEquals("Valley News", lib.source());
        assertEquals("The mayor opened the new public library on Tuesday.\n\n"
                + "It holds forty thousand books and a children's wing.", lib.text());
        assertEquals("Pupils returned to classes on Monday across the valley.", rss.get(1).article().text());
        assertTrue(rss.get(2).isError());

        List<InputItem> atom = TestFiles.readAll(TestFiles.resource("feed.atom"));
        assertEquals(2, atom.size());
        ArticleInput ships = atom.get(0).article();
        assertEquals("2024-03-06", ships.date());
        assertEquals("https://harbour.example.org/ships", ships.url());
        assertEquals("More than forty ships waited off the coast.\n\nThe backlog may take a week to clear.", ships.text());
        assertEquals("2024-03-05", atom.get(1).article().date(), "no published date: the updated date is used");
        assertEquals("Talks resumed on Tuesday.", atom.get(1).article().text());
    }

    @Test
    void malformedFeedIsOneErrorAndTheBatchGoesOn() {
        List<InputItem> items = TestFiles.readAll(TestFiles.resource("broken.rss"), TestFiles.resource("article-one.txt"));
        assertEquals(2, items.size());
        assertTrue(items.get(0).error().startsWith("malformed feed"), items.get(0).error());
        assertEquals("article-one", items.get(1).article().id());
    }

    @Test
    void badFilesGiveOneLineErrorsAndTheRestIsRead() throws IOException {
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(tmp.resolve("blank.txt"), "  \n\n ");
        Path binary = Files.write(tmp.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        byte[] latin1 = "Caf\u00e9 owners in Z\u00fcrich said prices rose.".getBytes(StandardCharsets.ISO_8859_1);
        Path badUtf8 = Files.write(tmp.resolve("latin1.txt"), latin1);
        Path missing = tmp.resolve("missing.txt");
        Path good = Files.writeString(tmp.resolve("good.txt"), "A good article.");
        List<InputItem> items = TestFiles.readAll(empty, blank, binary, badUtf8, missing, good);
        assertEquals(6, items.size());
        assertEquals("empty input", items.get(0).error());
        assertEquals("empty text", items.get(1).error());
        assertTrue(items.get(2).error().startsWith("binary data"), items.get(2).error());
        InputItem repaired = items.get(3);
        assertNotNull(repaired.article(), "invalid UTF-8 is decoded with replacement, not rejected");
        assertTrue(repaired.warning().startsWith("invalid UTF-8 at byte offset 3"), repaired.warning());
        assertTrue(repaired.article().text().contains("Caf\uFFFD"));
        assertEquals("no such file", items.get(4).error());
        assertEquals("A good article.", items.get(5).article().text());
        for (InputItem item : items) {
            String msg = item.message();
            assertTrue(msg == null || !msg.contains("\n"), "one line: " + msg);
        }
    }

    @Test
    void hugeInputsAreRefusedWithoutReadingThemWhole() throws IOException {
        Path big = tmp.resolve("big.txt");
        byte[] chunk = "word ".repeat(200_000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (int i = 0; i < 6; i++) {
                out.write(chunk);
            }
        }
        Path jsonl = tmp.resolve("big.jsonl");
        try (OutputStream out = Files.newOutputStream(jsonl)) {
            out.write("{\"id\":\"huge\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 6; i++) {
                out.write(chunk);
            }
            out.write("\"}\n{\"id\":\"small\",\"text\":\"fine\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        List<InputItem> items = TestFiles.readAll(big, jsonl);
        assertEquals(3, items.size());
        assertTrue(items.get(0).error().contains("too large"), items.get(0).error());
        assertTrue(items.get(1).error().contains("too large"), items.get(1).error());
        assertEquals("small", items.get(2).article().id());
    }

    @Test
    void foldersAreWalkedInPathOrder() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("corpus/b"));
        Files.writeString(tmp.resolve("corpus/z.txt"), "Zed story.");
        Files.writeString(dir.resolve("a.txt"), "Story a.");
        Files.writeString(tmp.resolve("corpus/a.jsonl"), "{\"id\":\"j\",\"text\":\"From jsonl.\"}\n");
        Files.writeString(tmp.resolve("corpus/notes.docx"), "skipped: unknown extension");
        Files.writeString(tmp.resolve("corpus/.hidden.txt"), "skipped: hidden");
        List<String> ids = new ArrayList<>();
        for (InputItem item : TestFiles.readAll(tmp.resolve("corpus"))) {
            ids.add(item.article().id());
        }
        assertEquals(List.of("j", "a", "z"), ids);
    }

    @Test
    void stdinAndUnknownNamesAreSniffed() throws IOException {
        assertEquals(Format.JSONL, Format.sniff("{\"id\":1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Format.FEED, Format.sniff("<?xml version=\"1.0\"?><rss>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Format.HTML, Format.sniff("<!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Format.CSV, Format.sniff("url,date,title,text\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Format.WARC, Format.sniff("WARC/1.1\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Format.TEXT, Format.sniff("Plain words, nothing else.".getBytes(StandardCharsets.UTF_8)));

        byte[] jsonl = "{\"id\":\"s1\",\"text\":\"From stdin.\"}\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(jsonl);
        }
        try (ArticleReader r = InputReaders.open("-", new ByteArrayInputStream(gz.toByteArray()))) {
            InputItem item = r.next();
            assertEquals("s1", item.article().id());
            assertTrue(!r.hasNext());
        }
        try (ArticleReader r = InputReaders.open("-", new ByteArrayInputStream(
                TestFiles.read("feed.atom").getBytes(StandardCharsets.UTF_8)))) {
            assertEquals("Ships wait off the coast", r.next().article().title());
        }
        Path odd = Files.writeString(tmp.resolve("story.data"), "Just text, in a file with an odd name.");
        assertEquals("story", TestFiles.readAll(odd).get(0).article().id());
    }
}
