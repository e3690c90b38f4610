package org.eventwire.model;

/**
 * One article as it arrives: text (or html to extract it from), the publication date known
 * from metadata (ISO yyyy-MM-dd or null), and optional title, url and source.
 */
public record ArticleInput(String id, String text, String html, String date, String title,
                           String url, String source) {
    public static ArticleInput ofText(String id, String text, String date) {
        return new ArticleInput(id, text, null, date, null, null, null);
    }
}
