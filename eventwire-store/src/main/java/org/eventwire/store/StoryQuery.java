package org.eventwire.store;

import java.time.LocalDate;

/**
 * Filters for listing stories, combined with AND: stories with a report on or after from and
 * on or before to, naming a country among their places, with at least minReports reports.
 * Any may be null.
 */
public record StoryQuery(LocalDate from, LocalDate to, String country, Integer minReports,
                         Integer limit) {
    public static StoryQuery all() {
        return new StoryQuery(null, null, null, null, null);
    }
}
