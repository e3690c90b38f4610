package org.eventwire.ingest;

/**
 * Thrown by a step that ran past its item's time budget. The message names the step, e.g.
 * "html extraction: over the 120 s budget", and becomes the item's one-line error.
 */
public final class OverBudgetException extends RuntimeException {
    private final String step;

    public OverBudgetException(String step, long budgetMillis) {
        super(step + ": over the " + seconds(budgetMillis) + " budget", null, false, false);
        this.step = step;
    }

    public String step() {
        return step;
    }

    /** "120 s", or "0.5 s" for budgets under a second (tests use those). */
    static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }

    /** The budget error somewhere in a cause chain (libraries wrap what our streams throw), or null. */
    static OverBudgetException in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OverBudgetException o) {
                return o;
            }
        }
        return null;
    }
}
