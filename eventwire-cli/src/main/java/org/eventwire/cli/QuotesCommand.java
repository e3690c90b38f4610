package org.eventwire.cli;

import java.util.concurrent.Callable;
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
        return output.print(store, spec, s -> s.quotes(speaker, output.limit));
    }
}
