package org.eventwire.store;

/** One report of a merged event: which article said it, when, and in which words. */
public record MentionRow(long eventId, long articleId, int mentionIdx, String reportDate,
                         String eventDate, String source, String url, String title,
                         String cameo, String sourceCode, String targetCode, String place,
                         String evidence, Long duplicateOf) {
}
