package org.eventwire.ingest;

/**
 * The clock of the item a reader is working on: restarted for each item, checked by every step
 * that may run long on hostile input (stream reads, HTML parsing and extraction). Steps are
 * cooperative: they call {@link #check} often, and a step past the budget throws
 * {@link OverBudgetException}. One timer per reader, used by the reader's thread only.
 */
public final class ItemTimer {
    /** How many cheap calls {@link #tick} lets pass between two reads of the clock. */
    private static final int TICKS_PER_CHECK = 256;
    private final long budgetMillis;
    private long start = System.nanoTime();
    private int ticks;

    /** A timer with the given budget; 0 or less means no time limit. */
    public ItemTimer(long budgetMillis) {
        this.budgetMillis = budgetMillis;
    }

    static ItemTimer unlimited() {
        return new ItemTimer(0);
    }

    public long budgetMillis() {
        return budgetMillis;
    }

    void restart() {
        start = System.nanoTime();
        ticks = 0;
    }

    /** Leaves time out of the item's account: time spent waiting for input is not work on it. */
    void exclude(long nanos) {
        start += nanos;
    }

    /** Milliseconds spent on the current item so far. */
    public long spentMillis() {
        return (System.nanoTime() - start) / 1_000_000L;
    }

    /** Throws when the current item has used up its budget in {@code step}. */
    void check(String step) {
        if (budgetMillis > 0 && System.nanoTime() - start > budgetMillis * 1_000_000L) {
            throw new OverBudgetException(step, budgetMillis);
        }
    }

    /** {@link #check} for loops over many small units (nodes, bytes): reads the clock now and then. */
    void tick(String step) {
        if (++ticks >= TICKS_PER_CHECK) {
            ticks = 0;
            check(step);
        }
    }
}
