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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real pipeline into a real store: ingesting the same input twice changes nothing. */
class IngestCommandTest {
    @TempDir
    Path tmp;

    private static String stats(Path db) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new StatsCommand());
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("--db", db.toString(), "--format", "json"));
        return out.toString().trim();
    }

    @Test
    void ingestTwiceIsIdempotentAndBadItemsFailAlone() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "ROME, May 3 (Eventwire Wire) - Italian Prime Minister Giorgia Meloni "
                + "met French President Emmanuel Macron in Rome on Friday, the Italian government said.\n\n"
                + "\"We agreed to work together on migration,\" Meloni told reporters.");
        Files.write(in.resolve("b.txt"), new byte[]{0, 1, 2, 3, 0, 5});
        Path db = tmp.resolve("store.duckdb");

        int first = new CommandLine(new IngestCommand()).execute("--db", db.toString(), "--date", "2024-05-03",
                in.toString());
        assertEquals(Main.SOME_FAILED, first, "the binary file fails, the article is stored");
        String before = stats(db);
        JsonNode counts = new ObjectMapper().readTree(before);
        assertEquals(1, counts.get("articles").asInt());
        assertTrue(counts.get("entities").asInt() >= 2);
        assertTrue(counts.get("quotes").asInt() >= 1);

        new CommandLine(new IngestCommand()).execute("--db", db.toString(), "--date", "2024-05-03", in.toString());
        assertEquals(before, stats(db));
    }
}
