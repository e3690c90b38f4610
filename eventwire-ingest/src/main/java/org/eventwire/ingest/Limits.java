package org.eventwire.ingest;

/**
 * Size caps that keep one huge or hostile item from exhausting memory or a core. Time is capped
 * separately, per item, by {@link ItemTimer}. See docs/ARCHITECTURE.md ("Budgets and caps").
 */
public final class Limits {
    /** Most text accepted for one article (characters of text; bytes of a text file or line). */
    public static final int MAX_ARTICLE_CHARS = 5 * 1024 * 1024;
    /** Most raw bytes of one HTML page, one feed, one JSON Lines line (markup weighs more than text). */
    public static final int MAX_HTML_BYTES = 4 * MAX_ARTICLE_CHARS;
    /**
     * Deepest element nesting kept when extracting an article; deeper markup is flattened to its
     * text. News pages nest 15 to 50 levels; the scoring walks cost O(elements x depth).
     */
    public static final int MAX_HTML_DEPTH = 128;
    /** Gunzipped bytes allowed before the expansion ratio is checked. */
    public static final long INFLATE_FREE_BYTES = 32L * 1024 * 1024;
    /** Most gunzipped bytes per compressed byte beyond {@link #INFLATE_FREE_BYTES}. */
    public static final int MAX_INFLATE_RATIO = 100;

    private Limits() {
    }

    /** The one-line error for an item over a cap, e.g. "text too large: more than 5242880 characters". */
    static String tooLarge(String what, long cap, String unit) {
        return what + " too large: more than " + cap + " " + unit + " (the limit per article)";
    }
}
