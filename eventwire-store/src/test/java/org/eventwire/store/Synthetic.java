package org.eventwire.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eventwire.model.Actor;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.Dateline;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;
import org.eventwire.model.EventActor;
import org.eventwire.model.EventLocation;
import org.eventwire.model.Mention;
import org.eventwire.model.Place;
import org.eventwire.model.Quote;
import org.eventwire.model.Span;
import org.eventwire.model.Speaker;

/** Builds AnalyzedArticle records for tests, without any NLP. */
final class Synthetic {
    private static final String[] WORDS = ("government minister police army protest rally talks "
            + "border trade deal election vote court judge rebels village city capital president "
            + "spokesman statement meeting summit aid refugees camp attack convoy soldiers troops "
            + "ceasefire agreement sanctions embassy official parliament opposition party leader "
            + "region province district market farmers prices fuel strike workers union teachers "
            + "hospital doctors health water drought flood rain harvest road bridge school "
            + "students university bank loan debt budget tax reform investigation report arrest "
            + "detention release prisoner hostage negotiation mediator envoy delegation visit").split(" ");

    private Synthetic() {
    }

    /** Deterministic pseudo-news text of n words, different for every seed. */
    static String text(long seed, int words) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(WORDS[r.nextInt(WORDS.length)]);
            sb.append(i % 15 == 14 ? ".\n" : " ");
        }
        return sb.toString().strip();
    }

    static EventLocation loc(String name, String country, Double lat, Double lon) {
        return new EventLocation(name, country, lat, lon, "test");
    }

    static Event event(String id, String cameo, String src, String tgt, String date, EventLocation l) {
        return event(id, cameo, src, tgt, date, l, false, null);
    }

    static Event event(String id, String cameo, String src, String tgt, String date, EventLocation l,
                       boolean negated, String srcEntity) {
        String root = MergeRule.cameoRoot(cameo);
        int quad = root == null ? 1 : Integer.parseInt(root) <= 5 ? 1 : Integer.parseInt(root) <= 9 ? 2
                : Integer.parseInt(root) <= 14 ? 3 : 4;
        return new Event(id, new EventActor(src, src == null ? null : src + " name", srcEntity, null),
                new EventActor(tgt, tgt == null ? null : tgt + " name", null, null), cameo,
                "cameo " + cameo, quad >= 3 ? "COERCE" : "CONSULT", null, -5.0, quad, date, l, false,
                negated, false, false, List.of(), List.of("Reuters"), new Span(0, 10, "evidence"),
                List.of());
    }

    static Entity entity(String id, String name, String actorCode, int mentions) {
        List<Mention> ms = new ArrayList<>();
        for (int i = 0; i < mentions; i++) {
            ms.add(new Mention(i * 10, i * 10 + name.length(), name, i == 0 ? "NAME" : "PRONOUN"));
        }
        return new Entity(id, name, "PERSON", null, actorCode == null ? null : actorCode.substring(0, 3),
                actorCode == null ? null : new Actor(actorCode, actorCode.substring(0, 3), name), ms);
    }

    static Quote quote(String speaker, String text) {
        return new Quote(text, 5, 5 + text.length(), new Speaker(speaker, "E1", 0, 5, speaker), "said",
                new Span(0, 4, "said"), null, false);
    }

    static Place place(String name, String country, double lat, double lon) {
        return new Place(name, country, lat, lon, "city", 1L, 0.9, "test", false,
                List.of(new Mention(0, name.length(), name, "NAME")));
    }

    static AnalyzedArticle article(String id, String url, String source, String date, String text,
                                   List<Entity> entities, List<Place> places, List<Quote> quotes,
                                   List<Event> events) {
        return new AnalyzedArticle(AnalyzedArticle.SCHEMA, id, "Title " + id, url, source, date,
                new Dateline("Niamey", "NER", date, source, false, null), entities, places, List.of(),
                quotes, List.of(), events, text, List.of(), null);
    }

    static AnalyzedArticle simple(String id, String url, String source, String date, String text,
                                  Event... events) {
        return article(id, url, source, date, text, List.of(), List.of(), List.of(), List.of(events));
    }
}
