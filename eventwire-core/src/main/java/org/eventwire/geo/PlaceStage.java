package org.eventwire.geo;

import org.eventwire.model.Dateline;
import org.eventwire.model.Entity;
import org.eventwire.model.Mention;
import org.eventwire.model.Place;
import org.eventwire.nlp.ParsedSentence;
import org.eventwire.pipeline.ArticleContext;
import org.eventwire.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline stage for places: the NER's location mentions plus the gazetteer spotter's, and
 * the dateline place, resolved together; the dateline gets its country code.
 */
public final class PlaceStage implements Stage {
    private final PlaceResolver resolver = new PlaceResolver();
    private final PlaceSpotter spotter = new PlaceSpotter();

    @Override
    public void apply(ArticleContext ctx) {
        String text = ctx.text();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        List<PlaceMention> mentions = new ArrayList<>();
        for (Entity e : ctx.entities()) {
            if (!e.type().equals("LOCATION")) {
                continue;
            }
            for (Mention m : e.mentions()) {
                int[] s = sentenceOf(ctx.sentences(), m.start(), text);
                if (commonWord(text, lower, m, s[0])) {
                    continue; // "City Council member ..." opening a line: not the town City
                }
                mentions.add(new PlaceMention(m.start(), m.end(), m.text(), "LOCATION", s[0], s[1]));
            }
        }
        for (Entity e : ctx.entities()) {
            if (!e.type().equals("ORGANIZATION")) {
                continue;
            }
            for (Mention m : e.mentions()) {
                int[] s = sentenceOf(ctx.sentences(), m.start(), text);
                PlaceMention lead = spotter.leadingPlace(text, m.start(), m.end(), s[0], s[1]);
                if (lead != null) {
                    mentions.add(lead);
                }
            }
        }
        for (PlaceMention m : spotter.spot(text)) {
            if (mentions.stream().noneMatch(x -> x.start() < m.end() && m.start() < x.end())
                    && ctx.entityAt(m.start()) == null) {
                mentions.add(m);
            }
        }
        Dateline d = ctx.dateline();
        String datelineCountry = d == null ? null : countryCode(d.country());
        if (d != null && d.evidence() != null && d.place() != null) {
            int at = text.indexOf(text.substring(d.evidence().start(), d.evidence().start() + d.place().length()),
                    d.evidence().start());
            if (at >= 0 && mentions.stream().noneMatch(x -> x.start() == at)) {
                mentions.add(new PlaceMention(at, at + d.place().length(), text.substring(at, at + d.place().length()),
                        "LOCATION", d.evidence().start(), d.evidence().end()));
            }
        }
        // the article's own states found, look again for their smaller towns
        List<int[]> taken = new ArrayList<>();
        for (Entity e : ctx.entities()) {
            e.mentions().forEach(m -> taken.add(new int[]{m.start(), m.end()}));
        }
        mentions.forEach(m -> taken.add(new int[]{m.start(), m.end()}));
        List<PlaceResolver.Resolved> first = resolver.resolveMentions(text, mentions, datelineCountry);
        mentions.addAll(spotter.spotLocal(text, PlaceResolver.homeStates(first), taken));
        List<Place> places = resolver.resolve(text, mentions, datelineCountry);
        ctx.setPlaces(places);
        if (d != null && datelineCountry == null) {
            Place p = EventPlaceLocator.placeNamed(places, d.place());
            datelineCountry = p == null ? null : p.country();
        }
        if (d != null) {
            ctx.setDateline(new Dateline(d.place(), datelineCountry, d.date(), d.agency(), d.dateInferred(),
                    d.evidence()));
        }
    }

    /** A one-word mention, not a country or state, that only a sentence's or headline's capitals make a name. */
    private static boolean commonWord(String text, String lower, Mention m, int sentenceStart) {
        if (m.text().isBlank() || m.text().contains(" ") || CountryTable.get().byName(m.text()) != null
                || !Gazetteer.get().admin1ByName(m.text()).isEmpty()) {
            return false;
        }
        return PlaceSpotter.commonWordAt(text, lower, m.start(), m.end(), m.start() == sentenceStart);
    }

    /** "US", "India", "USA" in a dateline bracket to an alpha-3 code. */
    private static String countryCode(String region) {
        if (region == null) {
            return null;
        }
        CountryTable t = CountryTable.get();
        Country c = region.length() == 3 && region.equals(region.toUpperCase()) ? t.byAlpha3(region) : null;
        if (c == null) {
            c = t.byName(region);
        }
        if (c == null && region.length() == 2) {
            c = t.byAlpha2(region);
        }
        return c == null ? null : c.alpha3();
    }

    private static int[] sentenceOf(List<ParsedSentence> sentences, int offset, String text) {
        for (ParsedSentence s : sentences) {
            if (s.size() > 0 && s.begin() <= offset && offset < s.end()) {
                return new int[]{s.begin(), s.end()};
            }
        }
        return new int[]{0, text.length()};
    }

    @Override
    public String name() {
        return "places";
    }
}
