package org.eventwire.model;

import java.util.List;

/**
 * The structured article of the output contract (docs/ARCHITECTURE.md). quotes are direct
 * quotations; reportedSpeech holds indirect speech ("Blinken underscored that ..."). error is
 * set, and everything else may be empty, when this item could not be analysed.
 */
public record AnalyzedArticle(String schema, String id, String title, String url, String source,
                              String date, Dateline dateline, List<Entity> entities,
                              List<Place> places, List<TimeExpression> times, List<Quote> quotes,
                              List<Quote> reportedSpeech, List<Event> events, String text,
                              List<String> warnings, String error) {
    /** Version of this output schema; bump it on any change a reader could notice. */
    public static final String SCHEMA = "eventwire/1";

    public static AnalyzedArticle failed(ArticleInput in, String error) {
        return new AnalyzedArticle(SCHEMA, in.id(), in.title(), in.url(), in.source(), in.date(),
                null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                List.of(), error);
    }
}
