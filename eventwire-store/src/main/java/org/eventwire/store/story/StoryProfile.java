package org.eventwire.store.story;

import java.time.LocalDate;
import java.util.Map;

/**
 * A story as the assignment rule sees it: the summed term counts of its reports (its
 * centroid before weighting), how many reports it has, and the span of its dated reports
 * (both null when none of its reports has a date).
 */
public record StoryProfile(long id, Map<String, Integer> terms, int reports, LocalDate first,
                           LocalDate last) {
}
