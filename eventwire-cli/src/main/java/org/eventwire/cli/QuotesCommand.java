package org.eventwire.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventwire.store.EventStore;
import org.eventwire.store.QuoteRow;
import org.eventwire.store.Render;
import org.eventwire.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eventwire quotes --db FILE [--speaker NAME]}: who said what, oldest first. */
@Command(name = "quotes", mixinStandardHelpOptions = true, description = "Quotes, by speaker.")
public class QuotesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Part of the speaker's name, any case.")
    String speaker;

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows.")
    Integer limit;

    @Option(names = "--format", defaultValue = "table", paramLabel = "jsonl|table",
            description = "jsonl: one JSON object per line; table: aligned columns (default).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equalsIgnoreCase("jsonl") && !format.equalsIgnoreCase("table")) {
            spec.commandLine().getErr().println("error: unknown format '" + format + "' (jsonl or table)");
            return 2;
        }
        try (EventStore s = store.openReadOnly()) {
            List<QuoteRow> rows = s.quotes(speaker, limit);
            PrintWriter out = spec.commandLine().getOut();
            out.print(format.equalsIgnoreCase("jsonl") ? Render.jsonLines(rows) : Render.table(rows));
            out.flush();
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
    }
}
