package org.eventwire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eventwire.store.EventStore;
import org.eventwire.store.ExportFormat;
import org.eventwire.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eventwire export --db FILE --format parquet|jsonl|gdelt --out DIR}: one file per
 * table (Parquet, JSON Lines), or the merged events as a GDELT 2.0 event table.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the store as Parquet, JSON Lines or a GDELT 2.0 event table.")
public class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", required = true, paramLabel = "parquet|jsonl|gdelt",
            description = "parquet or jsonl: one file per table; gdelt: events.gdelt.tsv (61 columns).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write to.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat f;
        try {
            f = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        try (EventStore s = store.openReadOnly()) {
            Map<String, Long> files = s.export(out, f);
            PrintWriter o = spec.commandLine().getOut();
            files.forEach((file, rows) -> o.println(out.resolve(file) + "\t" + rows + " rows"));
            o.flush();
            return 0;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
