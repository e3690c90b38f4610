package org.eventwire.geo;

import java.util.List;
import java.util.regex.Pattern;
import org.eventwire.model.EventLocation;
import org.eventwire.model.Mention;
import org.eventwire.model.Place;
import org.eventwire.model.Span;

/**
 * Picks where an event happened from the resolved places of its article.
 * <ol>
 * <li>A place the evidence puts the event in ("in Niamey", "at Tahrir Square"): the most
 *     specific such mention inside the evidence, then inside the sentence.</li>
 * <li>For verbal events (statements, calls, appeals: {@code verbal=true}) nothing else: a place
 *     the speaker talks about is not where the speaking happened, so the dateline place is used
 *     ("Washington" for a State Department statement about Niamey).</li>
 * <li>For other events: the most specific place named in the evidence or sentence (a country
 *     named there is refined to a city of that country named elsewhere in the article, e.g.
 *     "in Niger" with Niamey elsewhere gives Niamey), then the nearest place named in the two
 *     sentences before, then the dateline place.</li>
 * </ol>
 * Adjectival country mentions ("US Secretary", "Niger's President") name actors, not places,
 * and never count as locative.
 */
public final class EventPlaceLocator {
    private static final Pattern LOCATIVE = Pattern.compile(
            "(?i)(?:\\b(?:in|at|near|outside|inside|across|around|throughout)\\s+(?:the\\s+)?(?:\\p{L}+\\s+){0,2})$");
    private static final Pattern SPOKE_AT = Pattern.compile(
            "(?i)\\b(?:said|says|spoke|speaking|told [\\p{L} ]{1,30}|statement|remarks|conference|briefing|visit|visiting|met|meeting|talks|summit)\\s+(?:[\\p{L}]+\\s+){0,3}?(?:in|at)\\s+(?:the\\s+)?$");
    private static final int LOOK_BACK = 400;

    private EventPlaceLocator() {
    }

    /**
     * @param sentence  the event's sentence (offsets into text)
     * @param evidence  the words of the event
     * @param verbal    true for statements, calls and appeals (CAMEO roots 01 to 05)
     * @param dateline  the dateline place, or null
     */
    public static EventLocation locate(String text, Span sentence, Span evidence, boolean verbal,
                                       List<Place> places, Place dateline) {
        Hit h = best(text, places, evidence.start(), evidence.end(), true);
        if (h == null && !verbal) {
            h = best(text, places, sentence.start(), sentence.end(), true);
        }
        if (h != null && verbal && !SPOKE_AT.matcher(text.substring(Math.max(0, h.mention.start() - 60),
                h.mention.start())).find()) {
            h = null; // "monitoring the situation in Niger": what is talked about, not where
        }
        if (h != null) {
            return of(h.place, "the text places the event in " + h.mention.text() + " (locative)");
        }
        if (!verbal) {
            h = best(text, places, sentence.start(), sentence.end(), false);
            if (h != null && "country".equals(h.place.feature())) {
                Place city = mainCityOf(h.place.country(), places, dateline);
                if (city != null) {
                    return of(city, "the sentence names " + h.place.name() + "; " + city.name()
                            + " is the place of that country the article names");
                }
            }
            if (h != null) {
                return of(h.place, "the sentence names " + h.mention.text());
            }
            h = best(text, places, Math.max(0, sentence.start() - LOOK_BACK), sentence.start(), false);
            if (h != null) {
                return of(h.place, "named just before the event's sentence: " + h.mention.text());
            }
        }
        if (dateline != null) {
            return of(dateline, verbal ? "a statement, placed where it was reported from (dateline)"
                    : "no place in the text; the dateline place");
        }
        return null;
    }

    /** The place of the dateline among the article's places, by name (null if absent). */
    public static Place placeNamed(List<Place> places, String name) {
        if (name == null) {
            return null;
        }
        String k = GeoText.key(name);
        for (Place p : places) {
            if (GeoText.key(p.name()).equals(k) || p.mentions().stream().anyMatch(m -> GeoText.key(m.text()).equals(k))) {
                return p;
            }
        }
        return null;
    }

    private record Hit(Place place, Mention mention, int rank) {
    }

    private static Hit best(String text, List<Place> places, int from, int to, boolean locativeOnly) {
        Hit best = null;
        for (Place p : places) {
            for (Mention m : p.mentions()) {
                if (m.start() < from || m.end() > to || locativeOnly && adjectival(text, m)) {
                    continue;
                }
                boolean locative = LOCATIVE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find();
                if (locativeOnly && !locative) {
                    continue;
                }
                int rank = rank(p) * 2 + (locative ? 1 : 0);
                // the most specific place wins; among equals, the one nearest the end of the span
                if (best == null || rank > best.rank || rank == best.rank && m.start() > best.mention.start()) {
                    best = new Hit(p, m, rank);
                }
            }
        }
        return best;
    }

    // "US Secretary", "Niger's President", "the Niger President": a modifier, not a place
    private static boolean adjectival(String text, Mention m) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 3));
        if (after.startsWith("'s") || after.startsWith("\u2019s")) {
            return true;
        }
        int i = m.end();
        if (i < text.length() && text.charAt(i) == ' ' && i + 1 < text.length()) {
            return Character.isUpperCase(text.charAt(i + 1));
        }
        return false;
    }

    private static Place mainCityOf(String country, List<Place> places, Place dateline) {
        Place best = null;
        for (Place p : places) {
            if (("city".equals(p.feature()) || "site".equals(p.feature())) && country != null && country.equals(p.country())
                    && p != dateline && (best == null || p.mentions().size() > best.mentions().size())) {
                best = p;
            }
        }
        return best;
    }

    private static int rank(Place p) {
        return switch (p.feature()) {
            case "site" -> 4;
            case "city" -> 3;
            case "region" -> 2;
            default -> 1;
        };
    }

    private static EventLocation of(Place p, String reason) {
        return new EventLocation(p.name(), p.country(), p.lat(), p.lon(), reason);
    }
}
