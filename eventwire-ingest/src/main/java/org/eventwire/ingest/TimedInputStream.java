package org.eventwire.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that checks its reader's item clock on every read, so that reading (skipping
 * a huge WARC record, a run of blank lines, a slow pipe that keeps sending) ends with the
 * item's budget. The step is set once the input's format is known.
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
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        timer.check(step);
        return super.read(b, off, len);
    }

    @Override
    public long skip(long n) throws IOException {
        timer.check(step);
        return super.skip(n);
    }
}
