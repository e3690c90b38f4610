package org.eventwire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two agencies report the same detention in their own words: the real pipeline codes both and
 * the store keeps one event with two articles. A detention in another city stays apart.
 */
class MergeReportsTest {
    @TempDir
    Path tmp;

    @Test
    void sameEventFromTwoReportsIsOneEventAndAnotherCityIsAnother() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), String.join("\n",
                json("r1", "Soldiers detain opposition leader in Bamako",
                        "BAMAKO, March 4 (Reuters) - Malian soldiers arrested opposition leader Moussa Diarra "
                                + "in Bamako on Monday, his party said.", "Reuters", "https://example.org/r1"),
                json("a1", "Mali opposition figure held by army",
                        "BAMAKO, March 4 (AFP) - Soldiers in Mali on Monday detained the opposition leader "
                                + "Moussa Diarra at his home in Bamako, witnesses said.", "AFP",
                        "https://example.org/a1"),
                json("b1", "Journalist detained in Timbuktu",
                        "TIMBUKTU, March 6 (Reuters) - Malian soldiers arrested journalist Awa Keita in Timbuktu "
                                + "on Wednesday, her newspaper said.", "Reuters", "https://example.org/b1")) + "\n");
        Path db = tmp.resolve("store.duckdb");
        assertEquals(0, new CommandLine(new IngestCommand()).execute("--db", db.toString(), "--date", "2024-03-04",
                in.toString()));

        StringWriter out = new StringWriter();
        CommandLine events = new CommandLine(new EventsCommand());
        events.setOut(new PrintWriter(out));
        assertEquals(0, events.execute("--db", db.toString(), "--root", "17", "--format", "jsonl"));
        List<JsonNode> rows = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (line.startsWith("{")) {
                rows.add(new ObjectMapper().readTree(line));
            }
        }
        assertEquals(2, rows.size(), out.toString());
        JsonNode bamako = rows.stream().filter(r -> r.toString().contains("Bamako")).findFirst().orElseThrow();
        assertEquals(2, bamako.get("numArticles").asInt(), bamako.toString());
        assertEquals(2, bamako.get("numSources").asInt());
        assertTrue(rows.stream().anyMatch(r -> r.toString().contains("Timbuktu") && r.get("numArticles").asInt() == 1));
    }

    private static String json(String id, String title, String text, String source, String url) {
        return String.format("{\"id\":%s,\"title\":%s,\"text\":%s,\"source\":%s,\"url\":%s,\"date\":\"2024-03-04\"}",
                q(id), q(title), q(text), q(source), q(url));
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
