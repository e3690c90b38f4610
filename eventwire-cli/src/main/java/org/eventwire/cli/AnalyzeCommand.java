package org.eventwire.cli;

import org.eventwire.ingest.Progress;
import org.eventwire.json.ArticleJson;
import org.eventwire.pipeline.ArticleAnalyzer;
import org.eventwire.pipeline.BatchAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

    @Mixin
    AnalysisOptions options;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("jsonl") && !format.equals("table")) {
            System.err.println("eventwire: unknown format '" + format + "' (jsonl or table)");
            return 2;
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        ArticleAnalyzer analyzer;
        try {
            analyzer = options.analyzer();
        } catch (java.io.IOException e) {
            System.err.println("eventwire: cannot load dictionaries: " + e.getMessage());
            return 2;
        }
        Progress progress = Progress.onStderr("analyze", options.progress);
        BatchAnalyzer batch = options.batch(analyzer);
        DeclineCounts declined = new DeclineCounts();
        int failed = batch.run(options.inputs(inputs), a -> {
            if (a.error() != null) {
                System.err.println("eventwire: " + a.id() + ": " + a.status() + ": " + a.error());
                declined.add(a);
            }
            out.println(format.equals("jsonl") ? ArticleJson.toLine(a) : TableFormat.render(a));
            out.flush();
            progress.step();
        });
        progress.finish();
        if (failed + declined.total() > 0) {
            System.err.printf("eventwire: %d failed, %s%n", failed, declined);
        }
        return failed > 0 ? Main.SOME_FAILED : 0;
    }
}
