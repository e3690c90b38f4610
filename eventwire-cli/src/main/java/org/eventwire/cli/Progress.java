package org.eventwire.cli;

/** A progress line on stderr for long runs: items done and items per second. */
final class Progress {
    private final String what;
    private final long t0 = System.nanoTime();
    private long last;
    private int done;

    Progress(String what) {
        this.what = what;
    }

    void tick() {
        done++;
        long now = System.nanoTime();
        if (now - last > 2_000_000_000L) {
            last = now;
            System.err.printf("%s: %d done, %.2f/s%n", what, done, rate(now));
        }
    }

    void done() {
        System.err.printf("%s: %d done in %.1f s (%.2f/s)%n", what, done,
                (System.nanoTime() - t0) / 1e9, rate(System.nanoTime()));
    }

    private double rate(long now) {
        return done / Math.max(1e-9, (now - t0) / 1e9);
    }
}
