package org.eventwire.store.story;

import java.util.function.ToIntFunction;

/**
 * How rare a term is, for weighting it: the mean of its inverse document frequency counted
 * over reports and counted over stories, each as if the store held at least
 * {@link StoryRule#PRIOR_REPORTS}. Over reports alone, a burst of reports of one happening
 * makes its own names look common, so its later reports drift away from it; over stories
 * alone, a happening split early into two stories counts its names twice and splits further,
 * and the outcome depends on report order. The mean holds both effects in check (measured on
 * ECB+ in both orders, docs/STORE.md).
 */
public record Rarity(ToIntFunction<String> reportDf, long reports, ToIntFunction<String> storyDf,
                     long stories) {
    /** Weight of the story-counted part. */
    public static final double STORY_SHARE = 0.5;

    /** Rarity counted over one kind of unit only (the same counts for reports and stories). */
    public static Rarity of(ToIntFunction<String> df, long n) {
        return new Rarity(df, n, df, n);
    }

    public double idf(String term) {
        return (1 - STORY_SHARE) * idf(reportDf.applyAsInt(term), reports)
                + STORY_SHARE * idf(storyDf.applyAsInt(term), stories);
    }

    private static double idf(int df, long n) {
        return Math.log((Math.max(n, StoryRule.PRIOR_REPORTS) + 1.0) / (df + 1.0));
    }
}
