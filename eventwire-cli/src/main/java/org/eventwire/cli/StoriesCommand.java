package org.eventwire.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.eventwire.store.StoryQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eventwire stories --db FILE [--from --to --country --min-reports]}: the stored stories. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Stories: reports of one real-world happening, most reports first.")
public class StoriesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--from", paramLabel = "DATE", description = "Stories with a report on or after DATE.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Stories with a report on or before DATE.")
    String to;

    @Option(names = "--country", paramLabel = "ISO3", description = "Stories naming a place in this country.")
    String country;

    @Option(names = "--min-reports", paramLabel = "N", description = "Stories with at least N reports.")
    Integer minReports;

    @Mixin
    RowOutput output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!output.valid(err)) {
            return 2;
        }
        StoryQuery q;
        try {
            q = new StoryQuery(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                    country, minReports, output.limit);
        } catch (DateTimeParseException e) {
            err.println("error: dates are YYYY-MM-DD: " + e.getParsedString());
            return 2;
        }
        StoryQuery query = q;
        return output.print(store, spec, s -> s.stories(query));
    }
}
