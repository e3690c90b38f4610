package org.eventwire.cli;

import org.eventwire.coding.CodingOptions;
import org.eventwire.ingest.Progress;
import org.eventwire.json.ArticleJson;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.pipeline.ArticleAnalyzer;
import org.eventwire.pipeline.BatchAnalyzer;
import org.eventwire.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** `eventwire analyze`: articles in, one structured article per input out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse articles: text, JSON Lines, CSV, HTML, RSS/Atom, WARC files, folders, '-' for stdin.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every article analysed or declined (not English: status declined)",
                "3:some items failed (status failed, see their error field)",
                "1:the run itself failed", "2:bad command line"})
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or table")
    String format;

    @Option(names = "--date", description = "publication date (yyyy-MM-dd) for plain text inputs")
    LocalDate date;

    @Option(names = "--threads", description = "analysis threads (default: all cores)")
    Integer threads;

    @Option(names = "--budget", defaultValue = "120", description = "seconds allowed per article")
    int budgetSeconds;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "PETRARCH/TABARI dictionaries to code events with, combined with eventwire's own")
    Path dictionaries;

    @Option(names = "--dictionaries-only", description = "with --dictionaries: leave eventwire's own dictionaries out")
    boolean dictionariesOnly;
    @Option(names = "--progress", description = "show progress on stderr even when it is not a terminal")
    boolean progressOn;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("jsonl") && !format.equals("table")) {
            System.err.println("eventwire: unknown format '" + format + "' (jsonl or table)");
            return 2;
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        ArticleAnalyzer analyzer;
        try {
            analyzer = StandardPipeline.analyzer(Clock.systemDefaultZone(), null,
                    new CodingOptions(dictionaries, !dictionariesOnly));
        } catch (java.io.IOException e) {
            System.err.println("eventwire: cannot load dictionaries: " + e.getMessage());
            return 2;
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Progress progress = Progress.onStderr("analyze", progressOn);
        BatchAnalyzer batch = new BatchAnalyzer(analyzer::analyze, n, budgetSeconds * 1000L);
        int[] declined = {0};
        int failed = batch.run(new InputItems(inputs, date == null ? null : date.toString()), a -> {
            if (a.error() != null) {
                System.err.println("eventwire: " + a.id() + ": " + a.status() + ": " + a.error());
                declined[0] += AnalyzedArticle.DECLINED.equals(a.status()) ? 1 : 0;
            }
            out.println(format.equals("jsonl") ? ArticleJson.toLine(a) : TableFormat.render(a));
            out.flush();
            progress.step();
        });
        progress.finish();
        if (failed + declined[0] > 0) {
            System.err.printf("eventwire: %d failed, %d declined%n", failed, declined[0]);
        }
        return failed > 0 ? Main.SOME_FAILED : 0;
    }
}
