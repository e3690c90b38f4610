package org.eventwire.cli;

import org.eventwire.store.Render;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;

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
}
