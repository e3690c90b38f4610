package org.eventwire.store;

/** A stored quote with the article it came from. */
public record QuoteRow(long articleId, String date, String source, String url, String speaker,
                       String text, String cue, String channel, boolean indirect) {
}
