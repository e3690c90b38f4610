package org.eventwire.store;

/** One report of a story. */
public record StoryReportRow(long storyId, long articleId, String extId, String reportDate,
                             String source, String url, String title, Long duplicateOf) {
}
