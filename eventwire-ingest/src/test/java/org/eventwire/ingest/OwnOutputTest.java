package org.eventwire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnOutputTest {
    @TempDir
    Path tmp;

    /** A symbolic link stands in for /proc/self/fd/1 pointing at the redirected output. */
    private OwnOutput writingTo(Path out) throws Exception {
        Path link = tmp.resolve("fd1");
        Files.createSymbolicLink(link, out);
        return new OwnOutput(link);
    }

    @Test
    void theRedirectedFileIsTheOutputAndOthersAreNot() throws Exception {
        Path out = Files.writeString(tmp.resolve("out.jsonl"), "");
        Path other = Files.writeString(tmp.resolve("a.txt"), "Rain fell.");
        OwnOutput own = writingTo(out);
        assertTrue(own.is(out));
        assertFalse(own.is(other));
        assertFalse(new OwnOutput(tmp.resolve("no-such-link")).is(out));
    }

    @Test
    void aFolderWalkLeavesOutTheOutputFileAndANamedOneFailsWithAReason() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("news"));
        Files.writeString(dir.resolve("a.txt"), "Police arrested two men in Lyon on Monday.");
        Path out = Files.writeString(dir.resolve("out.jsonl"), "{\"id\":\"x\",\"text\":\"Old output.\"}\n");
        OwnOutput own = writingTo(out);

        List<InputItem> walked = readAll(InputReaders.open(List.of(dir.toString()), 0, own));
        assertEquals(1, walked.size(), walked.toString());
        assertEquals("a", walked.get(0).article().id());

        List<InputItem> named = readAll(InputReaders.open(List.of(out.toString()), 0, own));
        assertEquals(1, named.size());
        assertNotNull(named.get(0).error());
        assertTrue(named.get(0).error().contains("own output"), named.get(0).error());
    }

    private static List<InputItem> readAll(ArticleReader r) {
        List<InputItem> items = new ArrayList<>();
        try (r) {
            r.forEachRemaining(items::add);
        }
        return items;
    }
}
