package org.eventwire.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eventwire.store.EventStore;
import org.eventwire.store.Render;
import org.eventwire.store.StoreException;
import org.eventwire.store.StoryRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eventwire story --db FILE ID}: one story with its reports and merged events. */
@Command(name = "story", mixinStandardHelpOptions = true,
        description = "One story: its summary, its reports and its merged events.")
public class StoryCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "ID", description = "The story id (see `stories`).")
    long id;

    @Option(names = "--format", defaultValue = "table", paramLabel = "jsonl|table",
            description = "jsonl: one JSON object (story, reports, events); table: three tables (default).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean json = format.equalsIgnoreCase("jsonl");
        if (!json && !format.equalsIgnoreCase("table")) {
            err.println("error: unknown format '" + format + "' (jsonl or table)");
            return 2;
        }
        try (EventStore s = store.openReadOnly()) {
            StoryRow story = s.story(id);
            if (story == null) {
                err.println("error: no story " + id);
                return 1;
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("story", story);
                o.put("reports", s.storyReports(id));
                o.put("events", s.storyEvents(id));
                out.println(Render.json(o));
            } else {
                out.print(Render.table(java.util.List.of(story)));
                out.println();
                out.println("reports:");
                out.print(Render.table(s.storyReports(id)));
                out.println();
                out.println("events:");
                out.print(Render.table(s.storyEvents(id)));
            }
            out.flush();
            return 0;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
