package org.eventwire.cli;

import java.nio.file.Path;
import org.eventwire.store.EventStore;
import picocli.CommandLine.Option;

/** The --db option shared by the store commands (a picocli mixin). */
public class StoreOptions {
    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The event store (DuckDB file).")
    Path db;

    /** The store opened read-only, so a query never changes or migrates it. */
    EventStore openReadOnly() {
        return EventStore.openReadOnly(db);
    }
}
