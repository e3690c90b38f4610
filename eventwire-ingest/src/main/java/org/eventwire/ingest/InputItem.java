package org.eventwire.ingest;

import org.eventwire.model.ArticleInput;

/**
 * One item read from an input: an article, or a one-line error saying why this item (and only
 * this item) could not be read. {@code origin} says where it came from (file, file:line, WARC
 * record); {@code warning}, when not null, flags an article that was read with a repair (e.g.
 * invalid UTF-8 bytes replaced). {@code readMillis} is the time reading took (decoding, HTML
 * extraction): it counts against the item's budget, which analysis then shares.
 */
public record InputItem(String origin, ArticleInput article, String error, String warning, long readMillis) {
    public static InputItem ok(String origin, ArticleInput article, String warning) {
        return new InputItem(origin, article, null, warning, 0);
    }

    public static InputItem failed(String origin, String error) {
        return new InputItem(origin, null, error, null, 0);
    }

    InputItem withReadMillis(long millis) {
        return new InputItem(origin, article, error, warning, millis);
    }

    public boolean isError() {
        return error != null;
    }

    /** "origin: error" (or warning), the line to print for this item; null when there is nothing to say. */
    public String message() {
        String m = error != null ? error : warning;
        return m == null ? null : origin + ": " + m;
    }
}
