package org.eventwire.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
    @TempDir
    static Path tmp;
    static EventStore store;
    static StoreStats stats;

    @BeforeAll
    static void fill() {
        store = EventStore.open(tmp.resolve("e.duckdb"));
        for (int i = 0; i < 30; i++) {
            store.add(BatchArticles.article(i), null);
        }
        stats = store.stats();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void parquetReadsBackWithTheSameRowCounts() throws Exception {
        Path out = tmp.resolve("parquet");
        Map<String, Long> files = store.export(out, ExportFormat.PARQUET);
        assertEquals(Exporter.TABLES.size(), files.size());
        Map<String, Long> expected = Map.of("articles", stats.articles(), "entities", stats.entities(),
                "mentions", stats.mentions(), "places", stats.places(), "quotes", stats.quotes(),
                "events", stats.events(), "event_mentions", stats.eventMentions());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            for (Map.Entry<String, Long> e : expected.entrySet()) {
                Path f = out.resolve(e.getKey() + ".parquet");
                assertEquals(e.getValue(), CrashSafetyTest.count(c, "SELECT count(*) FROM read_parquet("
                        + Exporter.literal(f) + ")"), e.getKey());
                assertEquals(e.getValue(), files.get(e.getKey() + ".parquet"));
            }
            assertEquals(stats.events(), CrashSafetyTest.count(c, "SELECT count(DISTINCT event_id) FROM read_parquet("
                    + Exporter.literal(out.resolve("event_mentions.parquet")) + ")"));
        }
    }

    @Test
    void jsonLinesHaveOneObjectPerRow() throws Exception {
        Path out = tmp.resolve("jsonl");
        store.export(out, ExportFormat.JSONL);
        List<String> arts = Files.readAllLines(out.resolve("articles.jsonl"));
        assertEquals(stats.articles(), arts.size());
        assertTrue(arts.get(0).startsWith("{\"article_id\":1,"));
        assertTrue(arts.get(0).contains("\"analysis\":{\"schema\":\"eventwire/1\""), "analysis nests as JSON");
        assertEquals(stats.events(), Files.readAllLines(out.resolve("events.jsonl")).size());
        assertEquals(stats.quotes(), Files.readAllLines(out.resolve("quotes.jsonl")).size());
    }

    @Test
    void gdeltRowsHaveExactly61Columns() throws Exception {
        Path out = tmp.resolve("gdelt");
        store.export(out, ExportFormat.GDELT);
        List<String> rows = Files.readAllLines(out.resolve(GdeltExport.FILE_NAME));
        assertEquals(61, GdeltExport.COLUMNS.size());
        assertEquals(stats.events(), rows.size());
        for (String row : rows) {
            assertEquals(61, row.split("\t", -1).length, row);
        }
        List<EventRow> events = store.events(EventQuery.all());
        EventRow first = events.stream().filter(e -> e.eventId() == 1).findFirst().orElseThrow();
        String[] f = rows.get(0).split("\t", -1);
        assertEquals("1", f[0]);
        assertEquals(first.date().replace("-", ""), f[1]);
        assertEquals(f[1].substring(0, 6), f[2]);
        assertEquals(f[1].substring(0, 4), f[3]);
        assertEquals(first.sourceCode(), f[5]);
        assertEquals("NER", f[7]);
        assertEquals("MIL", f[12]);
        assertEquals(first.cameo(), f[26]);
        assertEquals(MergeRule.cameoBase(first.cameo()), f[27]);
        assertEquals(first.root(), f[28]);
        assertEquals(Integer.toString(first.numMentions()), f[31]);
        assertEquals(Integer.toString(first.numArticles()), f[33]);
        assertEquals("4", f[51]);
        assertEquals(first.place(), f[52]);
        assertEquals(14, f[59].length(), "DATEADDED is YYYYMMDDHHMMSS");
        assertEquals(first.sourceUrl(), f[60]);
        // DuckDB reads it back as a 61-column table too
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            Path file = out.resolve(GdeltExport.FILE_NAME);
            assertEquals(61, CrashSafetyTest.rows(c, "SELECT * FROM read_csv(" + Exporter.literal(file)
                    + ", delim = '\t', header = false, all_varchar = true) LIMIT 1").get(0).size());
        }
    }
}
