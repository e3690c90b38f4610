package org.eventwire.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.NoSuchElementException;

/**
 * Base of the readers: subclasses produce items one at a time in {@link #pull()}. An unexpected
 * exception becomes an error item for the input, and the input ends there.
 */
abstract class PullReader implements ArticleReader {
    private final String origin;
    private final Closeable resource;
    private InputItem ahead;
    private boolean done;

    PullReader(String origin, Closeable resource) {
        this.origin = origin;
        this.resource = resource;
    }

    /** The next item, or null at the end of the input. */
    protected abstract InputItem pull() throws Exception;

    protected String origin() {
        return origin;
    }

    @Override
    public final boolean hasNext() {
        if (ahead == null && !done) {
            try {
                ahead = pull();
            } catch (Exception | StackOverflowError e) {
                ahead = InputItem.failed(origin, "cannot read the rest of this input: " + oneLine(e));
                done = true;
                close();
                return true;
            }
            if (ahead == null) {
                done = true;
                close();
            }
        }
        return ahead != null;
    }

    @Override
    public final InputItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputItem item = ahead;
        ahead = null;
        return item;
    }

    @Override
    public void close() {
        done = true;
        if (resource != null) {
            try {
                resource.close();
            } catch (IOException e) {
                // nothing left to read from it either way
            }
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        String s = e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
