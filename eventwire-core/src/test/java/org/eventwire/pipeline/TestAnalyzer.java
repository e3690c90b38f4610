package org.eventwire.pipeline;

import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.ArticleInput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The real pipeline for tests: models load once per test JVM; the clock is fixed. */
public final class TestAnalyzer {
    private static ArticleAnalyzer analyzer;

    private TestAnalyzer() {
    }

    public static synchronized ArticleAnalyzer get() {
        if (analyzer == null) {
            analyzer = StandardPipeline.analyzer(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC), null);
        }
        return analyzer;
    }

    public static AnalyzedArticle analyze(String text, String date) {
        return get().analyze(ArticleInput.ofText("t", text, date));
    }

    /** The shared evaluation folder, or null when this checkout has none beside it. */
    public static Path shared() {
        String p = System.getProperty("eventwire.shared", "../shared");
        Path path = Path.of(p);
        return Files.isDirectory(path) ? path : null;
    }
}
