package org.eventwire.ingest;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress line for long runs ("label: 1200 items, 35.2 items/s"), rewritten in place on
 * stderr at most once per interval. Off unless asked for or the console is interactive, so logs
 * and CI output stay clean.
 */
public final class Progress {
    private final PrintStream out;
    private final boolean enabled;
    private final String label;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long lastPrint = start;
    private long done;
    private boolean printed;

    public Progress(PrintStream out, boolean enabled, String label, long intervalMillis) {
        this.out = out;
        this.enabled = enabled;
        this.label = label;
        this.intervalNanos = intervalMillis * 1_000_000L;
    }

    /** Set to "true" by the launcher when stderr is a terminal (it can ask; Java 17 cannot). */
    public static final String STDERR_TERMINAL = "eventwire.stderr.terminal";

    /**
     * On stderr, shown when {@code force} is set or when stderr is a terminal, also when stdout
     * goes to a file: a person is watching stderr then.
     */
    public static Progress onStderr(String label, boolean force) {
        boolean show = shown(force, System.getProperty(STDERR_TERMINAL), System.console() != null);
        return new Progress(System.err, show, label, 1000);
    }

    /**
     * The launcher's word on stderr wins; without it (the jar run by hand) an interactive
     * console is the best guess Java 17 has.
     */
    static boolean shown(boolean force, String stderrTerminal, boolean console) {
        if (force) {
            return true;
        }
        return stderrTerminal != null ? Boolean.parseBoolean(stderrTerminal) : console;
    }

    /** Counts one item done and refreshes the line when the interval has passed. */
    public void step() {
        done++;
        if (enabled) {
            long now = System.nanoTime();
            if (now - lastPrint >= intervalNanos) {
                lastPrint = now;
                print(now, '\r');
            }
        }
    }

    public long done() {
        return done;
    }

    /** Prints the final count and ends the line, if progress was shown at all. */
    public void finish() {
        if (enabled) {
            print(System.nanoTime(), '\r');
            out.print('\n');
            out.flush();
        }
    }

    private void print(long now, char lead) {
        double secs = Math.max(1e-9, (now - start) / 1e9);
        out.print(lead + String.format(Locale.ROOT, "%s: %d items, %.1f items/s", label, done, done / secs));
        out.flush();
        printed = true;
    }

    boolean printed() {
        return printed;
    }
}
