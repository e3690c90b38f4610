package org.eventwire.store;

import java.nio.file.Path;

/**
 * Child process for {@link CrashSafetyTest}: ingests BatchArticles from..to-1 into a store,
 * printing "committed i STATUS" after each article so the parent knows what is durable.
 */
public final class CrashIngestMain {
    private CrashIngestMain() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int from = Integer.parseInt(args[1]);
        int to = Integer.parseInt(args[2]);
        try (EventStore store = EventStore.open(db)) {
            for (int i = from; i < to; i++) {
                AddResult r = store.add(BatchArticles.article(i), null);
                System.out.println("committed " + i + " " + r.status());
                System.out.flush();
            }
        }
        System.out.println("done");
    }
}
