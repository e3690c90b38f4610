package org.eventwire.cli;

import org.eventwire.coding.CodingOptions;
import org.eventwire.pipeline.ArticleAnalyzer;
import org.eventwire.pipeline.BatchAnalyzer;
import org.eventwire.pipeline.StandardPipeline;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The options every command that analyses articles shares (analyze, ingest). */
final class AnalysisOptions {
    @Option(names = "--date", description = "publication date (yyyy-MM-dd) for inputs that carry none")
    LocalDate date;

    @Option(names = "--threads", description = "analysis threads (default: all cores)")
    Integer threads;

    @Option(names = "--budget", defaultValue = "120",
            description = "seconds allowed per item, for all its steps (reading, HTML extraction, analysis)")
    int budgetSeconds;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "PETRARCH/TABARI dictionaries to code events with, combined with eventwire's own")
    Path dictionaries;

    @Option(names = "--dictionaries-only", description = "with --dictionaries: leave eventwire's own dictionaries out")
    boolean dictionariesOnly;

    @Option(names = "--progress", description = "show progress on stderr even when it is not a terminal")
    boolean progress;

    /** The analyzer these options ask for; IOException when the dictionaries cannot be read. */
    ArticleAnalyzer analyzer() throws IOException {
        return StandardPipeline.analyzer(Clock.systemDefaultZone(), null, new CodingOptions(dictionaries, !dictionariesOnly));
    }

    BatchAnalyzer batch(ArticleAnalyzer analyzer) {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        return new BatchAnalyzer(analyzer::analyze, n, budgetSeconds * 1000L);
    }

    InputItems inputs(List<String> paths) {
        return new InputItems(paths, date == null ? null : date.toString(), budgetSeconds * 1000L);
    }
}
