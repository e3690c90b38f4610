package org.eventwire.cli;

import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.util.concurrent.Callable;
import org.eventwire.store.EventStore;
import org.eventwire.store.Render;
import org.eventwire.store.StoreException;
import org.eventwire.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eventwire stats --db FILE [--format json|table]}: row counts of a store. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts of articles, entities, quotes, events and more in a store.")
public class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "table", paramLabel = "json|table",
            description = "json: one JSON object; table: one count per line (default).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore s = store.openReadOnly()) {
            StoreStats stats = s.stats();
            if (format.equalsIgnoreCase("json")) {
                out.println(Render.json(stats));
            } else if (format.equalsIgnoreCase("table")) {
                for (RecordComponent c : StoreStats.class.getRecordComponents()) {
                    Object v = c.getAccessor().invoke(stats);
                    out.printf("%-15s %s%n", c.getName(), v == null ? "" : v);
                }
            } else {
                spec.commandLine().getErr().println("error: unknown format '" + format + "' (json or table)");
                return 2;
            }
            out.flush();
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
