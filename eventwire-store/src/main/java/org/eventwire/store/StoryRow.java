package org.eventwire.store;

/**
 * A story: the reports that tell one real-world happening. firstReport/lastReport span the
 * reports' publication dates; countries are the most named countries of its places, most
 * first; mainEvents the ids of its merged events with the most mentions.
 */
public record StoryRow(long storyId, String headline, String firstReport, String lastReport,
                       int reports, int sources, String countries, String mainEvents) {
}
