package org.eventwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;
import org.eventwire.model.EventActor;
import org.eventwire.model.EventLocation;
import org.eventwire.model.Mention;
import org.eventwire.model.Quote;
import org.eventwire.model.Span;
import org.eventwire.model.Speaker;
import org.eventwire.store.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StoreCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path db;

    record Run(int code, String out, String err) {
    }

    private static Event detention(String date, String city, Double lat, Double lon) {
        return new Event("ev1", new EventActor("NERMIL", "soldiers", null, null),
                new EventActor("NERGOV", "Mohamed Bazoum", "E1", null), "173", "Arrest, detain",
                "COERCE", "arrest", -5.0, 4, date, new EventLocation(city, "NER", lat, lon, "dateline"),
                false, false, false, false, List.of(), List.of("Reuters"), new Span(0, 8, "detained"), List.of());
    }

    private static AnalyzedArticle article(String id, String source, String date, String text, Event e) {
        Entity bazoum = new Entity("E1", "Mohamed Bazoum", "PERSON", "President", "NER", null,
                List.of(new Mention(0, 6, "Bazoum", "NAME")));
        Quote q = new Quote("we will not give up", 10, 29, new Speaker("Mohamed Bazoum", "E1", 0, 6, "Bazoum"),
                "said", new Span(30, 34, "said"), null, false);
        return new AnalyzedArticle(AnalyzedArticle.SCHEMA, id, "Title " + id, "https://news.example/" + id,
                source, date, null, List.of(bazoum), List.of(), List.of(), List.of(q), List.of(), List.of(e), text,
                List.of(), AnalyzedArticle.OK, null);
    }

    @BeforeAll
    static void fill() {
        db = tmp.resolve("cli.duckdb");
        try (EventStore store = EventStore.open(db)) {
            store.add(article("r1", "Reuters", "2023-07-27", "Soldiers detained Bazoum in Niamey on Wednesday.",
                    detention("2023-07-26", "Niamey", 13.51, 2.11)), null);
            store.add(article("a1", "AFP", "2023-07-27", "The presidential guard held the head of state.",
                    detention("2023-07-26", "Niamey", 13.51, 2.11)), null);
            store.add(article("b1", "BBC", "2023-07-28", "Another detention was reported in Zinder.",
                    detention("2023-07-27", "Zinder", 13.80, 8.99)), null);
        }
    }

    private static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void statsPrintsOneJsonObject() throws Exception {
        Run r = run(new StatsCommand(), "--db", db.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().strip().lines().count());
        JsonNode n = JSON.readTree(r.out());
        assertEquals(3, n.get("articles").asInt());
        assertEquals(2, n.get("events").asInt());
        assertEquals(3, n.get("quotes").asInt());
        assertEquals(3, n.get("entities").asInt());
        assertTrue(run(new StatsCommand(), "--db", db.toString()).out().contains("articles"));
    }

    @Test
    void eventsAsJsonLinesWithFilters() throws Exception {
        Run r = run(new EventsCommand(), "--db", db.toString(), "--actor", "NER", "--root", "17",
                "--from", "2023-07-26", "--to", "2023-07-26", "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size());
        JsonNode e = JSON.readTree(lines.get(0));
        assertEquals(2, e.get("numArticles").asInt());
        assertEquals("Niamey", e.get("place").asText());

        Run near = run(new EventsCommand(), "--db", db.toString(), "--near", "13.8,9.0", "--radius", "30",
                "--format", "jsonl");
        assertEquals(1, near.out().lines().count());
        assertTrue(near.out().contains("Zinder"));

        Run byDay = run(new EventsCommand(), "--db", db.toString(), "--by", "day", "--format", "jsonl");
        assertEquals(2, byDay.out().lines().count());

        Run mentions = run(new EventsCommand(), "--db", db.toString(), "--event", "1");
        assertEquals(3, mentions.out().lines().count(), "header and two reports");

        Run timeline = run(new EventsCommand(), "--db", db.toString(), "--entity", "Bazoum");
        assertEquals(3, timeline.out().lines().count(), "header and two events");
    }

    @Test
    void storiesListAndOneStoryWithItsReportsAndEvents() throws Exception {
        Run r = run(new StoriesCommand(), "--db", db.toString(), "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        int reports = 0;
        for (String l : lines) {
            reports += JSON.readTree(l).get("reports").asInt();
        }
        assertEquals(3, reports, "every stored report is in one story");
        long id = JSON.readTree(lines.get(0)).get("storyId").asLong();
        Run one = run(new StoryCommand(), "--db", db.toString(), "--format", "jsonl", Long.toString(id));
        assertEquals(0, one.code(), one.err());
        JsonNode s = JSON.readTree(one.out());
        assertEquals(s.get("story").get("reports").asInt(), s.get("reports").size());
        assertTrue(s.get("reports").get(0).has("url"));
        assertTrue(run(new StoryCommand(), "--db", db.toString(), Long.toString(id)).out().contains("events:"));
        assertEquals(1, run(new StoryCommand(), "--db", db.toString(), "999").code());
        assertEquals("(no rows)", run(new StoriesCommand(), "--db", db.toString(), "--min-reports", "9")
                .out().strip());
        assertEquals(2, run(new StoriesCommand(), "--db", db.toString(), "--from", "July").code());
    }

    @Test
    void quotesBySpeaker() {
        Run r = run(new QuotesCommand(), "--db", db.toString(), "--speaker", "bazoum", "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        assertEquals(3, r.out().lines().count());
    }

    @Test
    void exportWritesFiles() throws Exception {
        Path out = tmp.resolve("out");
        Run r = run(new ExportCommand(), "--db", db.toString(), "--format", "gdelt", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("events.gdelt.tsv"));
        assertEquals(2, rows.size());
        rows.forEach(row -> assertEquals(61, row.split("\t", -1).length));
        assertEquals(0, run(new ExportCommand(), "--db", db.toString(), "--format", "parquet", "--out",
                out.toString()).code());
        assertTrue(Files.exists(out.resolve("events.parquet")));
    }

    @Test
    void errorsAreOneLine() {
        Run missing = run(new StatsCommand(), "--db", tmp.resolve("nope.duckdb").toString());
        assertEquals(1, missing.code());
        assertEquals(1, missing.err().strip().lines().count());
        assertTrue(missing.err().startsWith("error: no store at"));
        Run badFormat = run(new ExportCommand(), "--db", db.toString(), "--format", "csv", "--out", "x");
        assertEquals(2, badFormat.code());
        Run badNear = run(new EventsCommand(), "--db", db.toString(), "--near", "north");
        assertEquals(2, badNear.code());
        assertTrue(badNear.err().contains("LAT,LON"));
    }
}
