package org.eventwire.cli;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.ling.CoreAnnotations;
import org.eventwire.ingest.ArticleReader;
import org.eventwire.ingest.InputItem;
import org.eventwire.ingest.InputReaders;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.ArticleInput;
import org.eventwire.nlp.NlpModels;
import org.eventwire.pipeline.ArticleAnalyzer;
import org.eventwire.pipeline.BatchAnalyzer;
import org.eventwire.pipeline.StageTimes;
import org.eventwire.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * `eventwire benchmark`: eventwire's analyzer and, in the same run, the bare default CoreNLP
 * pipeline over the same articles on the same threads, so that speed is a ratio.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Time the analyzer against the default CoreNLP pipeline on a corpus.")
final class BenchmarkCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "INPUT", defaultValue = "../shared/data/wikinews/wikinews_2019.csv")
    List<String> inputs;

    @Option(names = "--limit", description = "at most this many articles")
    Integer limit;

    @Option(names = "--threads", description = "threads (default: all cores)")
    Integer threads;

    @Option(names = "--skip-baseline", description = "time only eventwire")
    boolean skipBaseline;

    @Option(names = "--warmup", defaultValue = "10",
            description = "articles each pipeline runs untimed first, so that both are timed with a warm JIT")
    int warmup;

    private static final List<String> NLP_STAGES = List.of("corenlp", "depparse", "sutime");

    @Override
    public Integer call() throws Exception {
        List<ArticleInput> articles = load();
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        System.out.printf("articles: %d, threads: %d%n", articles.size(), n);

        long t0 = System.nanoTime();
        StageTimes times = new StageTimes();
        ArticleAnalyzer analyzer = StandardPipeline.analyzer(Clock.systemDefaultZone(), times);
        NlpModels.loadAll();
        double load = (System.nanoTime() - t0) / 1e9;
        new BatchAnalyzer(StandardPipeline.analyzer(Clock.systemDefaultZone(), null)::analyze, n, 600_000)
                .run(items(articles.subList(0, Math.min(warmup, articles.size()))), a -> { });
        resetPeaks();
        AtomicLong tokens = new AtomicLong();
        long t1 = System.nanoTime();
        int failed = new BatchAnalyzer(a -> {
            AnalyzedArticle out = analyzer.analyze(a);
            tokens.addAndGet(a.text() == null ? 0 : a.text().split("\\s+").length);
            return out;
        }, n, 600_000).run(items(articles), a -> { });
        double ours = (System.nanoTime() - t1) / 1e9;
        long ourPeak = peakHeapMb();
        System.out.printf("eventwire: model load %.1f s, %.1f s, %.3f articles/s, %.0f words/s, %d failed, peak heap %d MB%n",
                load, ours, articles.size() / ours, tokens.get() / ours, failed, ourPeak);
        long total = times.millis().values().stream().mapToLong(Long::longValue).sum();
        // CoreNLP's models: its annotators, the parse with its dependency model, SUTime
        long nlp = NLP_STAGES.stream().mapToLong(k -> times.millis().getOrDefault(k, 0L)).sum();
        for (Map.Entry<String, Long> e : times.millis().entrySet()) {
            System.out.printf("  stage %-10s %8d ms (%.1f%%)%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / total);
        }
        System.out.printf("  own stages: %.1f%% of analysis time%n", 100.0 * (total - nlp) / total);
        if (skipBaseline) {
            return 0;
        }
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        long t2 = System.nanoTime();
        StanfordCoreNLP baseline = new StanfordCoreNLP(p);
        double baseLoad = (System.nanoTime() - t2) / 1e9;
        AtomicLong baseTokens = new AtomicLong();
        java.util.function.Function<ArticleInput, AnalyzedArticle> bare = a -> {
            Annotation ann = new Annotation(a.text());
            if (a.date() != null) {
                ann.set(CoreAnnotations.DocDateAnnotation.class, a.date());
            }
            baseline.annotate(ann);
            baseTokens.addAndGet(ann.get(CoreAnnotations.TokensAnnotation.class).size());
            return AnalyzedArticle.failed(a, null);
        };
        new BatchAnalyzer(bare, n, 600_000).run(items(articles.subList(0, Math.min(warmup, articles.size()))), a -> { });
        resetPeaks();
        baseTokens.set(0);
        long t3 = System.nanoTime();
        new BatchAnalyzer(bare, n, 600_000).run(items(articles), a -> { });
        double base = (System.nanoTime() - t3) / 1e9;
        System.out.printf("corenlp default (tokenize,ssplit,pos,lemma,ner,depparse): model load %.1f s, %.1f s, %.3f articles/s, peak heap %d MB%n",
                baseLoad, base, articles.size() / base, peakHeapMb());
        // both pipelines tokenise the same texts with the same tokenizer: CoreNLP's count serves both
        System.out.printf("CoreNLP tokens: %d; eventwire %.0f tokens/s, corenlp default %.0f tokens/s%n",
                baseTokens.get(), baseTokens.get() / ours, baseTokens.get() / base);
        System.out.printf("speed-up: %.2fx articles/s%n", base / ours);
        return 0;
    }

    private List<ArticleInput> load() throws Exception {
        List<ArticleInput> out = new ArrayList<>();
        try (ArticleReader r = InputReaders.open(inputs)) {
            while (r.hasNext() && (limit == null || out.size() < limit)) {
                InputItem i = r.next();
                if (!i.isError()) {
                    out.add(i.article());
                }
            }
        }
        return out;
    }

    private static java.util.Iterator<BatchAnalyzer.Item> items(List<ArticleInput> articles) {
        return articles.stream().map(a -> new BatchAnalyzer.Item(a, null, a.id())).iterator();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
            b.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
            if (b.getType() == MemoryType.HEAP) {
                sum += b.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
