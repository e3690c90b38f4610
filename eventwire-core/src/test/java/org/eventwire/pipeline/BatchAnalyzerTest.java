package org.eventwire.pipeline;

import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.ArticleInput;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchAnalyzerTest {
    private static ArticleInput article(String id, String text) {
        return ArticleInput.ofText(id, text, null);
    }

    @Test
    void badItemsFailAloneAndOrderIsKept() {
        List<BatchAnalyzer.Item> items = List.of(
                new BatchAnalyzer.Item(article("ok1", "fine"), null, "a"),
                new BatchAnalyzer.Item(null, "invalid UTF-8", "b"),
                new BatchAnalyzer.Item(article("boom", "explodes"), null, "c"),
                new BatchAnalyzer.Item(article("ok2", "fine"), null, "d"));
        List<AnalyzedArticle> out = new ArrayList<>();
        int failed = new BatchAnalyzer(a -> {
            if (a.id().equals("boom")) {
                throw new IllegalStateException("parser blew up");
            }
            return AnalyzedArticle.failed(a, null);
        }, 2, 10_000).run(items.iterator(), out::add);
        assertEquals(2, failed);
        assertEquals(List.of("ok1", "b", "boom", "ok2"), out.stream().map(AnalyzedArticle::id).toList());
        assertNull(out.get(0).error());
        assertEquals("invalid UTF-8", out.get(1).error());
        assertTrue(out.get(2).error().contains("parser blew up"));
    }

    @Test
    void articleOverBudgetBecomesAnErrorAndTheBatchGoesOn() {
        List<BatchAnalyzer.Item> items = List.of(
                new BatchAnalyzer.Item(article("slow", "x"), null, "a"),
                new BatchAnalyzer.Item(article("fast", "y"), null, "b"));
        List<AnalyzedArticle> out = new ArrayList<>();
        int failed = new BatchAnalyzer(a -> {
            if (a.id().equals("slow")) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return AnalyzedArticle.failed(a, null);
        }, 2, 500).run(items.iterator(), out::add);
        assertEquals(1, failed);
        assertTrue(out.get(0).error().contains("budget"));
        assertNull(out.get(1).error());
    }

    @Test
    void anAnalysisThatIgnoresItsCancellationDoesNotStallTheBatch() {
        List<BatchAnalyzer.Item> items = List.of(
                new BatchAnalyzer.Item(article("stuck", "x"), null, "a"),
                new BatchAnalyzer.Item(article("next", "y"), null, "b"),
                new BatchAnalyzer.Item(article("last", "z"), null, "c"));
        List<AnalyzedArticle> out = new ArrayList<>();
        long t0 = System.nanoTime();
        int failed = new BatchAnalyzer(a -> {
            // a stage that swallows interrupts: its thread stays busy long after the budget
            long end = System.nanoTime() + (a.id().equals("stuck") ? 8_000_000_000L : 0);
            while (System.nanoTime() < end) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    // ignored on purpose
                }
            }
            return AnalyzedArticle.failed(a, null);
        }, 1, 300).run(items.iterator(), out::add);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(1, failed);
        assertEquals("analysis: over the 0.3 s budget", out.get(0).error());
        assertNull(out.get(1).error());
        assertNull(out.get(2).error());
        assertTrue(seconds < 5, "the items after the stuck one ran on a new thread: " + seconds + " s");
    }

    @Test
    void timeSpentReadingCountsAgainstTheBudget() {
        List<BatchAnalyzer.Item> items = List.of(new BatchAnalyzer.Item(article("read-long", "x"), null, "a", 950));
        List<AnalyzedArticle> out = new ArrayList<>();
        new BatchAnalyzer(a -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return AnalyzedArticle.failed(a, null);
        }, 1, 1_000).run(items.iterator(), out::add);
        assertEquals("analysis: over the 1 s budget", out.get(0).error());
    }
}
