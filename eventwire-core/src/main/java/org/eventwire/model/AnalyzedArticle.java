package org.eventwire.model;

import java.util.List;

/**
 * The structured article of the output contract (docs/ARCHITECTURE.md). quotes are direct
 * quotations; reportedSpeech holds indirect speech ("Blinken underscored that ..."). status is
 * "ok"; "declined" for a readable article eventwire does not analyse (not English: text is
 * kept, error says why); or "failed" (unreadable input, a crash, the time budget: error says
 * why). language is the ISO 639-1 code the text was identified as, languageConfidence the
 * identifier's confidence (null on failed items).
 */
public record AnalyzedArticle(String schema, String id, String title, String url, String source,
                              String date, String language, Double languageConfidence, Dateline dateline, List<Entity> entities,
                              List<Place> places, List<TimeExpression> times, List<Quote> quotes,
                              List<Quote> reportedSpeech, List<Event> events, String text,
                              List<String> warnings, String status, String error) {
    /** Version of this output schema; bump it on any change a reader could notice. */
    public static final String SCHEMA = "eventwire/1";

    public static final String OK = "ok";
    public static final String DECLINED = "declined";
    public static final String FAILED = "failed";

    /** An article without its language (written before language identification, or failed). */
    public AnalyzedArticle(String schema, String id, String title, String url, String source,
                           String date, Dateline dateline, List<Entity> entities,
                           List<Place> places, List<TimeExpression> times, List<Quote> quotes,
                           List<Quote> reportedSpeech, List<Event> events, String text,
                           List<String> warnings, String status, String error) {
        this(schema, id, title, url, source, date, null, null, dateline, entities, places, times, quotes,
                reportedSpeech, events, text, warnings, status, error);
    }

    public static AnalyzedArticle failed(ArticleInput in, String error) {
        return new AnalyzedArticle(SCHEMA, in.id(), in.title(), in.url(), in.source(), in.date(),
                null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                List.of(), error == null ? OK : FAILED, error);
    }

    /** A readable article that is out of scope: the text is kept, nothing is analysed. */
    public static AnalyzedArticle declined(ArticleInput in, String language, double confidence, String reason) {
        return new AnalyzedArticle(SCHEMA, in.id(), in.title(), in.url(), in.source(), in.date(),
                language, confidence, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), in.text(),
                List.of(), DECLINED, reason);
    }

    public boolean isFailed() {
        return FAILED.equals(status);
    }
}
