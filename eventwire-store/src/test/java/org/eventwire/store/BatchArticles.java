package org.eventwire.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;
import org.eventwire.model.Place;
import org.eventwire.model.Quote;

/**
 * A deterministic batch of synthetic articles: every 10th republishes the previous one with
 * small edits (a near-duplicate), every 25th repeats an earlier text exactly (a duplicate),
 * and articles come in groups of three that report the same events (merged).
 */
final class BatchArticles {
    private static final String[] CAMEO = {"0211", "173", "190", "042"};
    private static final String[] CITIES = {"Niamey", "Zinder", "Maradi", "Agadez", "Tahoua"};
    private static final LocalDate DAY0 = LocalDate.of(2024, 1, 1);

    private BatchArticles() {
    }

    static String text(int i) {
        if (i % 25 == 24) {
            return text(i - 2);
        }
        if (i % 10 == 9) {
            // the same wire copy with a handful of words changed
            String[] w = text(i - 1).split(" ");
            for (int k = 7; k < w.length; k += 40) {
                w[k] = "edited";
            }
            return String.join(" ", w);
        }
        return Synthetic.text(1000L + i, 220);
    }

    static int entities(int i) {
        return 2 + i % 3;
    }

    static int mentionsOf(int i, int k) {
        return 1 + (i + k) % 3;
    }

    static int quotes(int i) {
        return i % 3;
    }

    static int events(int i) {
        return 2 + i % 2;
    }

    static AnalyzedArticle article(int i) {
        int group = i / 3;
        String date = DAY0.plusDays(group).toString();
        List<Entity> entities = new ArrayList<>();
        for (int k = 0; k < entities(i); k++) {
            Entity e = Synthetic.entity("E" + k, "Person " + (group * 7 + k), "NERGOV", mentionsOf(i, k));
            entities.add(e);
        }
        List<Quote> quotes = new ArrayList<>();
        for (int k = 0; k < quotes(i); k++) {
            quotes.add(Synthetic.quote("Person " + (group * 7 + k), "quote " + k + " of article " + i));
        }
        String city = CITIES[group % CITIES.length];
        List<Place> places = List.of(Synthetic.place(city, "NER", 13.5 + group % 5, 2.1 + group % 5));
        List<Event> events = new ArrayList<>();
        for (int k = 0; k < events(i); k++) {
            String cameo = CAMEO[(group + k) % CAMEO.length];
            String evDate = DAY0.plusDays(group).plusDays(i % 2).toString();
            events.add(Synthetic.event("ev" + k, cameo, k % 2 == 0 ? "NERMIL" : "NGAGOV", "NERGOV",
                    evDate, Synthetic.loc(city, "NER", 13.5 + group % 5, 2.1 + group % 5)));
        }
        return Synthetic.article("a" + i, "https://example.org/story/" + i, "src" + (i % 4), date,
                text(i), entities, places, quotes, events);
    }
}
