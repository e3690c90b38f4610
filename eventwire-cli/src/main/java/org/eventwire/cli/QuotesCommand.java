package org.eventwire.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventwire.store.EventStore;
import org.eventwire.store.QuoteRow;
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

    @Mixin
    RowOutput output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!output.valid(spec.commandLine().getErr())) {
            return 2;
        }
        try (EventStore s = store.openReadOnly()) {
            List<QuoteRow> rows = s.quotes(speaker, output.limit);
            PrintWriter out = spec.commandLine().getOut();
            out.print(output.render(rows));
            out.flush();
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
    }
}
