package org.eventwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A generated corpus of broken and hostile input (nested markup, gzip bomb, billion laughs,
 * truncated gzip and WARC, invalid UTF-8, a 20 MB line, NUL bytes, mixed encodings) through
 * `analyze` and `ingest`: every item ends with its expected status, and the store holds each
 * good article once, however often the corpus is ingested.
 */
class BadInputCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void everyItemEndsWithItsExpectedStatusAndTheStoreHoldsEachGoodArticleOnce() throws Exception {
        BadInputCorpus corpus = BadInputCorpus.write(tmp);
        List<String> args = new ArrayList<>(List.of("--date", "2024-03-12"));
        args.addAll(corpus.paths());

        long t0 = System.nanoTime();
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = new CommandLine(new AnalyzeCommand()).execute(args.toArray(String[]::new));
        } finally {
            System.setOut(saved);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(Main.SOME_FAILED, code);
        List<JsonNode> out = new ArrayList<>();
        for (String line : buf.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("{")) {
                out.add(JSON.readTree(line));
            }
        }
        assertEquals(corpus.expected.size(), out.size(), "one record per item");
        for (int i = 0; i < out.size(); i++) {
            BadInputCorpus.Expected e = corpus.expected.get(i);
            JsonNode r = out.get(i);
            String error = r.path("error").asText(null);
            assertEquals(e.status(), r.get("status").asText(), "record " + i + ": " + r.path("id") + " " + error);
            if (e.errorStart() == null) {
                assertNull(error, "record " + i);
            } else {
                assertTrue(error.startsWith(e.errorStart()), "record " + i + ": " + error);
                assertTrue(error.indexOf('\n') < 0, error);
            }
        }
        assertTrue(seconds < 300, "the corpus took " + seconds + " s");

        Path db = tmp.resolve("store.duckdb");
        String[] ingest = new ArrayList<String>() {{
                add("--db");
                add(db.toString());
                addAll(args);
            }}.toArray(String[]::new);
        assertEquals(Main.SOME_FAILED, new CommandLine(new IngestCommand()).execute(ingest));
        JsonNode first = JSON.readTree(stats(db));
        assertEquals(corpus.good(), first.get("articles").asLong(), "every good article stored, none twice");
        assertEquals(Main.SOME_FAILED, new CommandLine(new IngestCommand()).execute(ingest));
        assertEquals(first, JSON.readTree(stats(db)), "a second ingest of the same corpus changes nothing");
    }

    private static String stats(Path db) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new StatsCommand());
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("--db", db.toString(), "--format", "json"));
        return out.toString().trim();
    }
}
