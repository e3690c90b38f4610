package org.eventwire.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eventwire.model.AnalyzedArticle;

/**
 * Development tool, not a test: stores already analysed articles (the JSON Lines that
 * `eventwire analyze` writes) into a fresh store and exports it as JSON Lines, so the story
 * rule can be tried without running the analysis again. Args: ANALYZED.jsonl DB OUTDIR [reverse].
 */
public final class StoryReplayMain {
    private StoryReplayMain() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<AnalyzedArticle> arts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (!line.isBlank()) {
                arts.add(json.readValue(line, AnalyzedArticle.class));
            }
        }
        if (args.length > 3 && args[3].equals("reverse")) {
            Collections.reverse(arts);
        }
        long t0 = System.nanoTime();
        try (EventStore store = EventStore.open(Path.of(args[1]))) {
            for (AnalyzedArticle a : arts) {
                store.add(a, null);
            }
            System.err.printf("stored %d in %.1f s%n", arts.size(), (System.nanoTime() - t0) / 1e9);
            store.export(Path.of(args[2]), ExportFormat.JSONL);
        }
    }
}
