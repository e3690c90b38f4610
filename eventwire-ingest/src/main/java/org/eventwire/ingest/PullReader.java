package org.eventwire.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.NoSuchElementException;

/**
 * Base of the readers: subclasses produce items one at a time in {@link #pull()}. An unexpected
 * exception becomes an error item for the input, and the input ends there. Each pull runs on
 * the item clock ({@link ItemTimer}, restarted per item): a pull over the budget ends the input
 * with an error naming the step, since the stream then stands mid-item.
 */
abstract class PullReader implements ArticleReader {
    private final String origin;
    private final Closeable resource;
    private final ItemTimer timer;
    private InputItem ahead;
    private boolean done;

    PullReader(String origin, Closeable resource, ItemTimer timer) {
        this.origin = origin;
        this.resource = resource;
        this.timer = timer;
    }

    /** The clock of the item being read; steps that may run long check it. */
    protected ItemTimer timer() {
        return timer;
    }

    /** The next item, or null at the end of the input. */
    protected abstract InputItem pull() throws Exception;

    protected String origin() {
        return origin;
    }

    @Override
    public final boolean hasNext() {
        if (ahead == null && !done) {
            timer.restart();
            try {
                ahead = pull();
            } catch (Exception | StackOverflowError e) {
                ahead = InputItem.failed(origin, reason("cannot read the rest of this input: ", e))
                        .withReadMillis(timer.spentMillis());
                done = true;
                close();
                return true;
            }
            if (ahead != null) {
                ahead = ahead.withReadMillis(timer.spentMillis());
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

    static InputTooLargeException tooLarge(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InputTooLargeException e) {
                return e;
            }
        }
        return null;
    }

    /** {@code context} and the exception in one line; a budget or size error stands alone, naming its step. */
    static String reason(String context, Throwable e) {
        OverBudgetException over = OverBudgetException.in(e);
        if (over != null) {
            return over.getMessage();
        }
        InputTooLargeException large = tooLarge(e);
        return large != null ? large.getMessage() : context + oneLine(e);
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        String s = e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
