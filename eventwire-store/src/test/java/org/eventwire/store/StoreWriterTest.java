package org.eventwire.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreWriterTest {
    @TempDir
    Path tmp;

    @Test
    void parallelAnalysersFeedOneWriter() throws Exception {
        int n = 40;
        try (EventStore store = EventStore.open(tmp.resolve("w.duckdb"))) {
            List<Future<CompletableFuture<AddResult>>> submitted = new ArrayList<>();
            ExecutorService analysers = Executors.newFixedThreadPool(4);
            try (StoreWriter writer = new StoreWriter(store, 4)) {
                for (int i = 0; i < n; i++) {
                    int k = i;
                    // each "analyser" builds its article and hands it to the writer
                    submitted.add(analysers.submit(() -> writer.submit(BatchArticles.article(k), null)));
                }
                long stored = 0;
                for (Future<CompletableFuture<AddResult>> f : submitted) {
                    stored += f.get().get().stored() ? 1 : 0;
                }
                analysers.shutdown();
                assertEquals(store.stats().articles(), stored);
            }
            long distinctTexts = java.util.stream.IntStream.range(0, n)
                    .mapToObj(BatchArticles::text).distinct().count();
            assertEquals(distinctTexts, store.stats().articles());
            assertEquals(store.stats().eventMentions(),
                    java.util.stream.IntStream.range(0, n).filter(i -> i % 25 != 24)
                            .map(BatchArticles::events).sum());
        }
    }
}
