package org.eventwire.cli;

import org.eventwire.model.AnalyzedArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Declined articles counted by language, for the run summaries ("3 declined (pt 2, ru 1)"). */
final class DeclineCounts {
    private final Map<String, Integer> byLanguage = new TreeMap<>();
    private int total;

    /** Counts the article if it was declined; true when it was. */
    synchronized boolean add(AnalyzedArticle a) {
        if (!AnalyzedArticle.DECLINED.equals(a.status())) {
            return false;
        }
        total++;
        byLanguage.merge(a.language() == null ? "und" : a.language(), 1, Integer::sum);
        return true;
    }

    synchronized int total() {
        return total;
    }

    /** "3 declined (pt 2, ru 1)": most frequent language first, ties by code. */
    @Override
    public synchronized String toString() {
        if (total == 0) {
            return "0 declined";
        }
        List<Map.Entry<String, Integer>> e = new ArrayList<>(byLanguage.entrySet());
        e.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> x : e) {
            parts.add(x.getKey() + " " + x.getValue());
        }
        return total + " declined (" + String.join(", ", parts) + ")";
    }
}
