package org.eventwire.ingest;

/**
 * What {@link HtmlArticleExtractor} finds in a page: the article body (paragraphs separated by a
 * blank line), and the title, publication date (ISO yyyy-MM-dd) and author when the page has them.
 */
public record ExtractedArticle(String text, String title, String date, String author) {
}
