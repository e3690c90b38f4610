package org.eventwire.store.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * Which story a report joins. The report and each candidate story become TF-IDF vectors
 * (sublinear term counts times the term's {@link Rarity}, counted over the reports and the
 * stories of the whole store; unit length) and are compared by cosine; the story's vector is built from the summed counts of its
 * reports, its centroid, so one report does not decide for the whole story. A report joins the
 * best story at or above {@link #THRESHOLD} ({@link #DATED_THRESHOLD} when both are dated and
 * the dates agree), unless report and story are about different subjects ({@link KeyNames}).
 * Stories are not merged when a report fits two: measured on the shared ECB+
 * reports, merging them cost more precision (0.65) than it gained recall (F1 0.74 against
 * 0.76). A dated report joins a dated story more than {@link #WINDOW_DAYS} days outside its
 * span only when the story is about the report's own subject (the trial months after a
 * killing), never on words alone (two earthquakes a year apart). Pure: no I/O, so a batch
 * engine can run the same rule.
 */
public final class StoryRule {
    /**
     * Set on the shared ECB+ reports in both orders: the best F1 of the worse order on a small
     * grid (docs/STORE.md).
     */
    public static final double THRESHOLD = 0.20;
    public static final int WINDOW_DAYS = 7;
    /**
     * Threshold when both the report and the story are dated and the dates agree: agreeing
     * dates are evidence of their own, so fewer shared words are needed.
     */
    public static final double DATED_THRESHOLD = 0.12;
    /**
     * Rarity is measured as if the store held at least this many reports: in a young store a
     * burst of reports about one happening makes its own names look common and the first
     * reports of a story scatter (measured on ECB+, docs/STORE.md).
     */
    public static final long PRIOR_REPORTS = 50;

    private StoryRule() {
    }

    /** A candidate story with its similarity to the report. */
    public record Match(long storyId, double similarity) {
    }

    /** Unit-length TF-IDF vector of term counts; n is the number of stored reports. */
    public static Map<String, Double> vector(Map<String, Integer> terms, ToIntFunction<String> df,
                                             long n) {
        return vector(terms, Rarity.of(df, n));
    }

    /** Unit-length TF-IDF vector of term counts, sublinear counts times rarity. */
    public static Map<String, Double> vector(Map<String, Integer> terms, Rarity rarity) {
        return vector(terms, (ToDoubleFunction<String>) rarity::idf);
    }

    private static Map<String, Double> vector(Map<String, Integer> terms, ToDoubleFunction<String> idf) {
        Map<String, Double> v = new HashMap<>(terms.size() * 2);
        double norm = 0;
        for (Map.Entry<String, Integer> t : terms.entrySet()) {
            if (t.getValue() <= 0 || KeyNames.isKey(t.getKey())) {
                continue;
            }
            double w = (1 + Math.log(t.getValue())) * idf.applyAsDouble(t.getKey());
            if (w > 0) {
                v.put(t.getKey(), w);
                norm += w * w;
            }
        }
        double len = Math.sqrt(norm);
        if (len > 0) {
            v.replaceAll((k, w) -> w / len);
        }
        return v;
    }

    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double s = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double o = large.get(e.getKey());
            if (o != null) {
                s += e.getValue() * o;
            }
        }
        return s;
    }

    /** Cosine of a unit vector and a story's weighted terms, in one pass without building its vector. */
    private static double similarity(Map<String, Double> doc, Map<String, Integer> story,
                                     ToDoubleFunction<String> idf) {
        double dot = 0;
        double norm = 0;
        for (Map.Entry<String, Integer> t : story.entrySet()) {
            if (t.getValue() <= 0 || KeyNames.isKey(t.getKey())) {
                continue;
            }
            double w = (1 + Math.log(t.getValue())) * idf.applyAsDouble(t.getKey());
            if (w > 0) {
                norm += w * w;
                Double d = doc.get(t.getKey());
                if (d != null) {
                    dot += d * w;
                }
            }
        }
        return norm > 0 ? dot / Math.sqrt(norm) : 0;
    }

    /** True when a report of this date may join a story with this span. */
    public static boolean inWindow(LocalDate date, LocalDate first, LocalDate last) {
        if (date == null || first == null || last == null) {
            return true;
        }
        return !date.isBefore(first.minusDays(WINDOW_DAYS)) && !date.isAfter(last.plusDays(WINDOW_DAYS));
    }

    /**
     * The similarity a report needs to join a story, or NaN when it may not join it: the plain
     * threshold when either is undated, the lower one when the dates agree, and beyond the
     * window the plain one again, but only for a story about the report's own subject.
     */
    public static double threshold(LocalDate date, List<String> subjects, StoryProfile s) {
        if (date == null || s.first() == null) {
            return THRESHOLD;
        }
        if (inWindow(date, s.first(), s.last())) {
            return DATED_THRESHOLD;
        }
        return KeyNames.shared(subjects, s) ? THRESHOLD : Double.NaN;
    }

    /** True when a report of this date and these terms may join the story at all. */
    public static boolean mayJoin(LocalDate date, Map<String, Integer> terms, StoryProfile s) {
        return !Double.isNaN(threshold(date, KeyNames.ofReport(terms), s));
    }

    /**
     * The stories the report could join, best first (ties: the oldest story); empty when it
     * opens a new one. It joins the first.
     */
    public static List<Match> matches(Map<String, Integer> terms, LocalDate date,
                                      List<StoryProfile> candidates, ToIntFunction<String> df,
                                      long n) {
        return matches(terms, date, candidates, Rarity.of(df, n));
    }

    /** As above, with term rarity counted over reports and stories. */
    public static List<Match> matches(Map<String, Integer> terms, LocalDate date,
                                      List<StoryProfile> candidates, Rarity rarity) {
        // candidate stories share most of their words: each term's rarity is computed once
        Map<String, Double> memo = new HashMap<>();
        ToDoubleFunction<String> idf = t -> memo.computeIfAbsent(t, rarity::idf);
        Map<String, Double> doc = vector(terms, idf);
        List<String> subjects = KeyNames.ofReport(terms);
        List<Match> out = new ArrayList<>();
        for (StoryProfile s : candidates) {
            double need = threshold(date, subjects, s);
            if (Double.isNaN(need)) {
                continue;
            }
            double sim = similarity(doc, s.terms(), idf);
            if (sim >= need && !KeyNames.conflict(subjects, terms, s)) {
                out.add(new Match(s.id(), sim));
            }
        }
        out.sort(Comparator.comparingDouble(Match::similarity).reversed()
                .thenComparingLong(Match::storyId));
        return out;
    }
}
