package org.eventwire.cli;

import org.eventwire.ingest.Progress;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.pipeline.ArticleAnalyzer;
import org.eventwire.pipeline.BatchAnalyzer;
import org.eventwire.store.AddResult;
import org.eventwire.store.EventStore;
import org.eventwire.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

/**
 * `eventwire ingest`: analyse articles and keep them in the store. Articles already stored
 * (same text or URL) are skipped before analysis, so a killed run resumes where it stopped.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyse articles (any input form of analyze) and store them in a database.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every item stored or already there", "3:some items failed", "1:the store failed",
                "2:bad command line"})
final class IngestCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, description = "the store (a DuckDB file; created if missing)")
    Path db;

    @Parameters(arity = "1..*", paramLabel = "INPUT")
    List<String> inputs;

    @Mixin
    AnalysisOptions options;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        Map<AddResult.Status, Integer> counts = new EnumMap<>(AddResult.Status.class);
        int[] skipped = {0};
        DeclineCounts declined = new DeclineCounts();
        int failed;
        double storySeconds;
        try (EventStore store = EventStore.open(db)) {
            ArticleAnalyzer analyzer = options.analyzer();
            Iterator<BatchAnalyzer.Item> items = new Unstored(options.inputs(inputs), store, skipped);
            Progress progress = Progress.onStderr("ingest", options.progress);
            failed = options.batch(analyzer).run(items, a -> {
                progress.step();
                if (a.error() != null) {
                    System.err.println("eventwire: " + a.id() + ": " + a.error());
                    declined.add(a);
                    return;
                }
                AddResult r = store.add(a, a.text());
                counts.merge(r.status(), 1, Integer::sum);
                if (r.status() == AddResult.Status.REJECTED) {
                    System.err.println("eventwire: " + a.id() + ": storing: " + r.message());
                }
            });
            progress.finish();
            storySeconds = store.storySeconds();
        } catch (StoreException e) {
            System.err.println("eventwire: store failed: " + e.getMessage());
            return 1;
        } catch (java.io.IOException e) {
            System.err.println("eventwire: cannot load dictionaries: " + e.getMessage());
            return 2;
        }
        double s = (System.nanoTime() - t0) / 1e9;
        int stored = counts.getOrDefault(AddResult.Status.NEW, 0) + counts.getOrDefault(AddResult.Status.NEAR_DUPLICATE, 0);
        System.err.printf("ingest: %d stored (%d near-duplicates), %d already stored, %d failed, %s, %d rejected in %.1f s (%.2f articles/s)%n",
                stored, counts.getOrDefault(AddResult.Status.NEAR_DUPLICATE, 0),
                skipped[0] + counts.getOrDefault(AddResult.Status.DUPLICATE, 0), failed, declined,
                counts.getOrDefault(AddResult.Status.REJECTED, 0), s, stored / s);
        System.err.printf("ingest: story assignment %.2f s (%.1f%% of the run)%n", storySeconds, 100 * storySeconds / s);
        return failed + counts.getOrDefault(AddResult.Status.REJECTED, 0) > 0 ? Main.SOME_FAILED : 0;
    }

    /** Passes on only the items the store does not hold yet. */
    private static final class Unstored implements Iterator<BatchAnalyzer.Item> {
        private final Iterator<BatchAnalyzer.Item> in;
        private final EventStore store;
        private final int[] skipped;
        private BatchAnalyzer.Item next;

        Unstored(Iterator<BatchAnalyzer.Item> in, EventStore store, int[] skipped) {
            this.in = in;
            this.store = store;
            this.skipped = skipped;
        }

        @Override
        public boolean hasNext() {
            while (next == null && in.hasNext()) {
                BatchAnalyzer.Item i = in.next();
                if (i.article() != null && i.article().text() != null
                        && store.contains(i.article().text(), i.article().url())) {
                    skipped[0]++;
                } else {
                    next = i;
                }
            }
            return next != null;
        }

        @Override
        public BatchAnalyzer.Item next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            BatchAnalyzer.Item i = next;
            next = null;
            return i;
        }
    }
}
