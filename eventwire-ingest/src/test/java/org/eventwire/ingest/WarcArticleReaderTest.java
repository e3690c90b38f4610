package org.eventwire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eventwire.model.ArticleInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcArticleReaderTest {
    private static final Instant CAPTURED = Instant.parse("2024-03-09T10:00:00Z");

    @TempDir
    Path tmp;

    private Path writeWarc(String name, WarcCompression compression) throws IOException {
        Path path = tmp.resolve(name);
        String undated = "<html><body><article><p>A page without date metadata, long enough to be read as the"
                + " body of an article by the extractor, with a second clause for good measure.</p></article></body></html>";
        try (WarcWriter w = new WarcWriter(FileChannel.open(path, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), compression)) {
            w.write(new WarcRequest.Builder(URI.create("https://coastal.example.org/strike"))
                    .date(CAPTURED).body(new HttpRequest.Builder("GET", "/strike").build()).build());
            w.write(response("https://coastal.example.org/strike", MediaType.HTML_UTF8, TestFiles.read("page.html")));
            w.write(response("https://coastal.example.org/logo.png", MediaType.parse("image/png"), "PNG"));
            w.write(response("https://coastal.example.org/undated", MediaType.parse("text/html"), undated));
        }
        return path;
    }

    private static WarcResponse response(String url, MediaType type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(type, body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http).build();
    }

    @Test
    void htmlResponsesBecomeArticlesInPlainAndGzippedWarcs() throws IOException {
        for (Path warc : List.of(writeWarc("crawl.warc", WarcCompression.NONE),
                writeWarc("crawl.warc.gz", WarcCompression.GZIP))) {
            List<InputItem> items = TestFiles.readAll(warc);
            assertEquals(2, items.size(), items.toString());
            ArticleInput page = items.get(0).article();
            assertNotNull(page, items.get(0).message());
            assertEquals("https://coastal.example.org/strike", page.url());
            assertEquals("2024-03-07", page.date(), "the page's own date wins over the capture date");
            assertTrue(page.text().startsWith("Dock workers"));
            assertEquals("coastal.example.org", page.source());
            assertEquals("2024-03-09", items.get(1).article().date(), "WARC-Date when the page has none");
        }
    }

    @Test
    void truncatedWarcKeepsTheRecordsBeforeTheCutAndReportsIt() throws IOException {
        Path full = writeWarc("full.warc", WarcCompression.NONE);
        byte[] bytes = Files.readAllBytes(full);
        int cut = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("PNG") + 1;
        Path truncated = Files.write(tmp.resolve("cut.warc"), Arrays.copyOf(bytes, cut));
        Path after = Files.writeString(tmp.resolve("after.txt"), "Still read after the broken WARC.");
        List<InputItem> items = TestFiles.readAll(truncated, after);
        assertEquals(3, items.size(), items.toString());
        assertEquals("https://coastal.example.org/strike", items.get(0).article().url());
        assertTrue(items.get(1).isError());
        assertTrue(items.get(1).error().contains("WARC"), items.get(1).error());
        assertEquals("after", items.get(2).article().id());
    }

    @Test
    void notAWarcIsAnError() throws IOException {
        Path fake = Files.writeString(tmp.resolve("fake.warc"), "this is not a web archive\n");
        List<InputItem> items = TestFiles.readAll(fake);
        assertEquals(1, items.size());
        assertTrue(items.get(0).isError());
    }
}
