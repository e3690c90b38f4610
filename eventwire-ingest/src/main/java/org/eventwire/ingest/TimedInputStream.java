package org.eventwire.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The raw input under every reader: it checks the reader's item clock on every read, so that
 * working through input (skipping a huge WARC record, inflating, a run of blank lines) ends with
 * the item's budget. Time blocked waiting for the source (a pipe that sends slowly) is left out
 * of the item's account: it costs no work. The step is set once the input's format is known.
 */
final class TimedInputStream extends FilterInputStream {
    private final ItemTimer timer;
    private String step = "reading";

    TimedInputStream(InputStream in, ItemTimer timer) {
        super(in);
        this.timer = timer;
    }

    void step(String name) {
        this.step = name;
    }

    @Override
    public int read() throws IOException {
        timer.tick(step);
        long t0 = System.nanoTime();
        int b = super.read();
        timer.exclude(System.nanoTime() - t0);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        timer.check(step);
        long t0 = System.nanoTime();
        int n = super.read(b, off, len);
        timer.exclude(System.nanoTime() - t0);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        timer.check(step);
        long t0 = System.nanoTime();
        long skipped = super.skip(n);
        timer.exclude(System.nanoTime() - t0);
        return skipped;
    }
}
