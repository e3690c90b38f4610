package org.eventwire.store;

/**
 * A merged event as queries return it. Counts follow GDELT: numMentions coded events,
 * numSources distinct publishers, numArticles distinct articles. distanceKm is set only for
 * a query near a point.
 */
public record EventRow(long eventId, String date, String cameo, String cameoName, String root,
                       String plover, Integer quadClass, Double goldstein, String sourceCode,
                       String sourceName, String targetCode, String targetName, String place,
                       String country, Double lat, Double lon, boolean negated,
                       boolean hypothetical, int numMentions, int numSources, int numArticles,
                       String firstReport, String lastReport, String sourceUrl, Double distanceKm) {
}
