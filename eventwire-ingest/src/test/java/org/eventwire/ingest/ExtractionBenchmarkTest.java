package org.eventwire.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the shared article-extraction benchmark with the metric of
 * score.py (per-page precision and recall of 4-word shingles, averaged), so regressions show.
 */
class ExtractionBenchmarkTest {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    @Test
    void f1StaysAboveTheFloor() throws IOException {
        Path folder = Path.of(System.getProperty("eventwire.shared", "../shared"), "eval/article-extraction");
        Assumptions.assumeTrue(Files.isRegularFile(folder.resolve("ground-truth.json")), "benchmark not present");
        JsonNode truth = new ObjectMapper().readTree(folder.resolve("ground-truth.json").toFile());
        Map<String, String> pred = ExtractBenchmark.run(folder);
        double p = 0;
        double r = 0;
        int n = 0;
        for (var it = truth.fields(); it.hasNext(); n++) {
            var e = it.next();
            Map<String, Integer> t = shingles(e.getValue().path("articleBody").asText());
            Map<String, Integer> s = shingles(pred.getOrDefault(e.getKey(), ""));
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (var g : t.entrySet()) {
                int c = s.getOrDefault(g.getKey(), 0);
                tp += Math.min(g.getValue(), c);
                fn += Math.max(0, g.getValue() - c);
            }
            for (var g : s.entrySet()) {
                fp += Math.max(0, g.getValue() - t.getOrDefault(g.getKey(), 0));
            }
            boolean exact = fp == 0 && fn == 0;
            p += tp + fp == 0 ? 0 : exact ? 1 : (double) tp / (tp + fp);
            r += tp + fn == 0 ? 0 : exact ? 1 : (double) tp / (tp + fn);
        }
        p /= n;
        r /= n;
        double f1 = 2 * p * r / (p + r);
        System.out.printf("article extraction: p=%.3f r=%.3f f1=%.3f on %d pages%n", p, r, f1, n);
        assertTrue(f1 >= 0.93, "F1 " + f1 + " fell below the floor");
    }

    private static Map<String, Integer> shingles(String text) {
        java.util.List<String> toks = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            toks.add(m.group());
        }
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i < Math.max(1, toks.size() - 3); i++) {
            if (i < toks.size()) {
                grams.merge(String.join(" ", toks.subList(i, Math.min(toks.size(), i + 4))), 1, Integer::sum);
            }
        }
        return grams;
    }
}
