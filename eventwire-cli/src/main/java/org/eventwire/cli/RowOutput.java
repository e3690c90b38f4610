package org.eventwire.cli;

import org.eventwire.store.EventStore;
import org.eventwire.store.Render;
import org.eventwire.store.StoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/** How query commands print rows: --format jsonl|table and --limit. */
final class RowOutput {
    @Option(names = "--limit", paramLabel = "N", description = "At most N rows.")
    Integer limit;

    @Option(names = "--format", defaultValue = "table", paramLabel = "jsonl|table",
            description = "jsonl: one JSON object per line; table: aligned columns (default).")
    String format;

    /** False, with a one-line error, when the format is unknown. */
    boolean valid(PrintWriter err) {
        if (format.equalsIgnoreCase("jsonl") || format.equalsIgnoreCase("table")) {
            return true;
        }
        err.println("error: unknown format '" + format + "' (jsonl or table)");
        return false;
    }

    String render(List<? extends Record> rows) {
        return format.equalsIgnoreCase("jsonl") ? Render.jsonLines(rows) : Render.table(rows);
    }

    /** Runs one query on the store opened read-only and prints its rows: exit 0, or 1 when the store fails. */
    int print(StoreOptions store, CommandSpec spec, Function<EventStore, List<? extends Record>> query) {
        try (EventStore s = store.openReadOnly()) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(render(query.apply(s)));
            out.flush();
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
    }
}
