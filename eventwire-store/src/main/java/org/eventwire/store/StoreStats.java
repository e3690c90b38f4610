package org.eventwire.store;

/**
 * Row counts of a store. events are merged events; eventMentions the article-level coded
 * events behind them; nearDuplicates the articles linked to an earlier copy; sources the
 * distinct publishers. firstDate and lastDate span the merged events' dates (ISO, or null).
 */
public record StoreStats(int schemaVersion, long articles, long nearDuplicates, long sources,
                         long entities, long mentions, long places, long quotes, long events,
                         long eventMentions, String firstDate, String lastDate) {
}
