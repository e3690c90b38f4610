package org.eventwire.pipeline;

import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.ArticleInput;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Analyses a stream of articles on several threads and hands results on in input order, so
 * that output is deterministic. Each item has one time budget for all its steps: what reading
 * it took ({@link Item#spentMillis}) counts, analysis gets the rest; an item past it becomes a
 * failure record ("analysis: over the 120 s budget") and the batch goes on.
 */
public final class BatchAnalyzer {
    /**
     * One input item: an article, or the reason the reader could not make one; {@code spentMillis}
     * is the part of the item's budget that reading it (decoding, HTML extraction) used.
     */
    public record Item(ArticleInput article, String error, String origin, long spentMillis) {
        public Item(ArticleInput article, String error, String origin) {
            this(article, error, origin, 0);
        }
    }

    private final Function<ArticleInput, AnalyzedArticle> analyzer;
    private final int threads;
    private final long budgetMillis;

    public BatchAnalyzer(Function<ArticleInput, AnalyzedArticle> analyzer, int threads, long budgetMillis) {
        this.analyzer = analyzer;
        this.threads = Math.max(1, threads);
        this.budgetMillis = budgetMillis;
    }

    private record Pending(Item item, Future<AnalyzedArticle> future, AtomicLong started, AtomicBoolean done) {
    }


    /** Analyses every item; returns the number of items that ended in an error. */
    public int run(Iterator<Item> items, Consumer<AnalyzedArticle> out) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "eventwire-analyzer");
                    t.setDaemon(true);
                    return t;
                });
        int failed = 0;
        Deque<Pending> window = new ArrayDeque<>();
        // tasks cancelled for their budget that have not stopped yet: each holds a worker thread
        List<Pending> overrun = new ArrayList<>();
        try {
            while (items.hasNext() || !window.isEmpty()) {
                while (items.hasNext() && window.size() < threads * 2) {
                    window.add(submit(pool, items.next()));
                }
                AnalyzedArticle a = await(window.removeFirst(), pool, overrun);
                if (a.isFailed()) {
                    failed++;
                }
                out.accept(a);
            }
        } finally {
            pool.shutdownNow();
        }
        return failed;
    }

    private Pending submit(ExecutorService pool, Item item) {
        AtomicLong started = new AtomicLong();
        AtomicBoolean done = new AtomicBoolean();
        if (item.article() == null) {
            return new Pending(item, null, started, done);
        }
        Future<AnalyzedArticle> f = pool.submit(() -> {
            started.set(System.currentTimeMillis());
            try {
                return analyzer.apply(item.article());
            } finally {
                done.set(true);
            }
        });
        return new Pending(item, f, started, done);
    }

    /**
     * A cancelled analysis stops at its next stage boundary; one stuck inside a stage keeps its
     * thread. The pool gets a thread for each such overrun (up to twice its size), so queued
     * items still start and the batch never stalls behind them.
     */
    private void resize(ThreadPoolExecutor pool, List<Pending> overrun) {
        overrun.removeIf(p -> p.done().get());
        int size = threads + Math.min(overrun.size(), threads);
        if (size > pool.getMaximumPoolSize()) {
            pool.setMaximumPoolSize(size);
            pool.setCorePoolSize(size);
        } else if (size < pool.getCorePoolSize()) {
            pool.setCorePoolSize(size);
            pool.setMaximumPoolSize(size);
        }
    }

    private AnalyzedArticle await(Pending p, ThreadPoolExecutor pool, List<Pending> overrun) {
        if (p.future() == null) {
            ArticleInput stub = new ArticleInput(p.item().origin(), null, null, null, null, null, null);
            return AnalyzedArticle.failed(stub, p.item().error());
        }
        while (true) {
            try {
                return p.future().get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                resize(pool, overrun);
                long s = p.started().get();
                if (s > 0 && System.currentTimeMillis() - s + p.item().spentMillis() > budgetMillis) {
                    // the interrupt stops the analysis at its next stage boundary
                    p.future().cancel(true);
                    if (!p.done().get()) {
                        overrun.add(p);
                        resize(pool, overrun);
                    }
                    return AnalyzedArticle.failed(p.item().article(), "analysis: over the " + seconds(budgetMillis)
                            + " budget");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return AnalyzedArticle.failed(p.item().article(), "interrupted");
            } catch (ExecutionException e) {
                if (Boolean.getBoolean("eventwire.stackTraces")) {
                    e.getCause().printStackTrace(); // the one-line error stays the contract; this is for us
                }
                Throwable c = e.getCause();
                while (c.getCause() != null && c.getMessage() == null) {
                    c = c.getCause();
                }
                return AnalyzedArticle.failed(p.item().article(),
                        "analysis failed: " + c.getClass().getSimpleName() + ": " + c.getMessage());
            }
        }
    }

    /** "120 s", or "0.5 s" for budgets under a second. */
    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }
}
