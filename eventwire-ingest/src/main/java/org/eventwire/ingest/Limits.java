package org.eventwire.ingest;

/** Size caps that keep one huge item from exhausting memory. */
public final class Limits {
    /** Most text accepted for one article (characters of text; bytes of a text file or line). */
    public static final int MAX_ARTICLE_CHARS = 5 * 1024 * 1024;
    /** Most raw bytes of one HTML page (markup weighs more than the text it holds). */
    public static final int MAX_HTML_BYTES = 4 * MAX_ARTICLE_CHARS;

    private Limits() {
    }

    /** The one-line error for an item over a cap, e.g. "text too large: more than 5242880 characters". */
    static String tooLarge(String what, long cap, String unit) {
        return what + " too large: more than " + cap + " " + unit + " (the limit per article)";
    }
}
