package org.eventwire.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eventwire.model.AnalyzedArticle;

/**
 * The one writer thread in front of a store: analysis threads submit finished articles and
 * go on; articles are stored one at a time in submission order. At most {@code capacity}
 * articles wait, so a slow disk slows the analysers instead of filling memory.
 */
public final class StoreWriter implements AutoCloseable {
    private final EventStore store;
    private final ExecutorService thread;
    private final Semaphore slots;

    public StoreWriter(EventStore store, int capacity) {
        this.store = store;
        this.slots = new Semaphore(Math.max(1, capacity));
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "eventwire-store-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Queues an article, blocking while the queue is full. The future completes with the
     * result, or exceptionally with the {@link StoreException} of a failed write.
     */
    public CompletableFuture<AddResult> submit(AnalyzedArticle article, String sourceText) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(e);
        }
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return store.add(article, sourceText);
                } finally {
                    slots.release();
                }
            }, thread);
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    /** Waits for every queued article to be written; the store stays open. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            while (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                // a large backlog on a slow disk: keep waiting, the writes must land
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
