package org.eventwire.model;

/** A stretch of the article text: Java String offsets (UTF-16 units), end exclusive. */
public record Span(int start, int end, String text) {
    public static Span of(String articleText, int start, int end) {
        return new Span(start, end, articleText.substring(start, end));
    }
}
