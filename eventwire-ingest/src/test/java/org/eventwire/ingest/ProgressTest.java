package org.eventwire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void printsCountAndRateWhenEnabled() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(buf, true, StandardCharsets.UTF_8), true, "reading", 0);
        for (int i = 0; i < 3; i++) {
            p.step();
        }
        p.finish();
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("reading: 3 items, "), out);
        assertTrue(out.contains("items/s"), out);
        assertTrue(out.endsWith("\n"), out);
    }

    @Test
    void silentWhenDisabled() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(buf, true, StandardCharsets.UTF_8), false, "reading", 0);
        p.step();
        p.finish();
        assertEquals(1, p.done());
        assertEquals("", buf.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shownWhenStderrIsATerminalEvenWithoutAConsole() {
        // stdout redirected to a file: no console, but the launcher saw a terminal on stderr
        assertTrue(Progress.shown(false, "true", false));
        assertFalse(Progress.shown(false, "false", true));
        assertTrue(Progress.shown(true, "false", false));
        assertTrue(Progress.shown(false, null, true));
        assertFalse(Progress.shown(false, null, false));
    }
}
