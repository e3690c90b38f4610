package org.eventwire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch with every kind of bad item: each fails alone with a message, the good one is analysed. */
class AnalyzeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void badItemsFailAloneAndTheExitCodeSaysSo() throws Exception {
        Files.writeString(tmp.resolve("a-empty.txt"), "");
        Files.write(tmp.resolve("b-binary.txt"), new byte[]{0x50, 0x4b, 3, 4, 0, 0, 0, 9});
        Files.write(tmp.resolve("c-latin1.txt"), "Caf\u00e9 cr\u00e8me \u00e0 la fran\u00e7aise, d\u00e9j\u00e0 vu"
                .repeat(40).getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(tmp.resolve("d-german.txt"), ("Die Regierung hat am Mittwoch beschlossen, die Hilfen "
                + "für die Ukraine zu erhöhen, sagte der Kanzler in Berlin. ").repeat(5));
        Files.writeString(tmp.resolve("e-good.txt"), "LONDON (Eventwire Wire) - British Prime Minister Keir Starmer "
                + "met Irish Taoiseach Simon Harris in London on Monday, his office said.");
        Files.writeString(tmp.resolve("f-lines.jsonl"), "{\"id\": \"ok\", \"text\": \"Police said on Monday "
                + "that two men were arrested in Paris.\", \"date\": \"2024-05-06\"}\n{broken json\n");

        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = new CommandLine(new AnalyzeCommand()).execute("--date", "2024-05-06", tmp.toString());
        } finally {
            System.setOut(saved);
        }
        assertEquals(Main.SOME_FAILED, code);
        List<JsonNode> out = new ArrayList<>();
        for (String line : buf.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("{")) {
                out.add(new ObjectMapper().readTree(line));
            }
        }
        assertEquals(7, out.size(), "one record per item, bad ones included");
        assertTrue(out.get(0).get("error").asText().contains("empty"));
        assertTrue(out.get(1).get("error").asText().contains("binary"));
        assertTrue(out.get(2).get("error").asText().toLowerCase().contains("utf-8"));
        assertTrue(out.get(3).get("error").asText().startsWith("not English"));
        assertEquals("declined", out.get(3).get("status").asText());
        assertTrue(out.get(3).get("text").asText().startsWith("Die Regierung"));
        assertEquals("failed", out.get(1).get("status").asText());
        assertNull(out.get(4).get("error"));
        assertEquals("London", out.get(4).get("dateline").get("place").asText());
        assertNull(out.get(5).get("error"));
        assertTrue(out.get(6).get("error").asText().contains("JSON"));
    }
}
