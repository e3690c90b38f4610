package org.eventwire.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventwire.store.EventQuery;
import org.eventwire.store.EventStore;
import org.eventwire.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eventwire events --db FILE [filters] [--by day|country] [--event ID]}: merged events,
 * their counts per day or country, or the reports behind one event.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Query merged events; all filters combine (AND).")
public class EventsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--actor", paramLabel = "CODE", description = "Source or target actor code prefix (NGA, NGAMIL).")
    String actor;

    @Option(names = "--country", paramLabel = "ISO3", description = "Country where it happened (NER).")
    String country;

    @Option(names = "--root", paramLabel = "NN", description = "CAMEO root code (17).")
    String root;

    @Option(names = "--cameo", paramLabel = "CODE", description = "CAMEO code or prefix (173).")
    String cameo;

    @Option(names = "--plover", paramLabel = "TYPE", description = "PLOVER event type (PROTEST).")
    String plover;

    @Option(names = "--from", paramLabel = "DATE", description = "First event date, yyyy-MM-dd.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last event date, yyyy-MM-dd.")
    LocalDate to;

    @Option(names = "--near", paramLabel = "LAT,LON", description = "Events near this point.")
    String near;

    @Option(names = "--radius", paramLabel = "KM", description = "Radius for --near (default 50 km).")
    Double radius;

    @Option(names = "--entity", paramLabel = "NAME",
            description = "Timeline of a story: events this person or group took part in.")
    String entity;

    @Option(names = "--event", paramLabel = "ID", description = "The reports behind one merged event.")
    Long eventId;

    @Option(names = "--by", paramLabel = "day|country", description = "Counts per day or per country.")
    String by;

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
        EventQuery.Builder q = EventQuery.builder().actor(actor).country(country).root(root)
                .cameo(cameo).plover(plover).from(from).to(to).entity(entity).limit(output.limit);
        if (near != null) {
            String[] p = near.split(",");
            try {
                q.near(Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()), radius);
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                err.println("error: --near wants LAT,LON, got '" + near + "'");
                return 2;
            }
        }
        try (EventStore s = store.openReadOnly()) {
            List<? extends Record> rows;
            if (eventId != null) {
                rows = s.mentions(eventId);
            } else if (by == null) {
                rows = s.events(q.build());
            } else if (by.equalsIgnoreCase("day")) {
                rows = s.countsByDay(q.build());
            } else if (by.equalsIgnoreCase("country")) {
                rows = s.countsByCountry(q.build());
            } else {
                err.println("error: --by wants day or country, got '" + by + "'");
                return 2;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(output.render(rows));
            out.flush();
            return 0;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
