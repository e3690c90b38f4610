package org.eventwire.entity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the NER model tags as organisations or people that are things, not actors: laws and
 * treaties ("the Patriot Act"), wars and contests ("the Gulf War", "the Olympics"), and names
 * that only modify a noun for a substance, weapon, building, faith community or place
 * ("Novichok nerve agent", "Catholic cathedral", "Amazon rainforest", "Maidan Wardak province";
 * the last kind is a place).
 */
final class NonActors {
    private static final Set<String> THING_ENDS = Set.of("act", "law", "bill", "treaty", "accord", "accords",
            "convention", "protocol", "doctrine", "war", "revolution", "olympics", "games", "cup", "festival",
            "prize", "award", "index", "virus", "syndrome", "disease");
    private static final Set<String> THING_NOUNS = Set.of("agent", "agents", "gas", "toxin", "poison", "nerve",
            "chemical", "missile", "missiles", "rocket", "rockets", "rifle", "rifles", "drone", "drones",
            "vaccine", "virus", "church", "churches", "cathedral", "mosque", "mosques", "temple", "shrine",
            "majority", "minority", "faith", "faithful", "tradition", "calendar");
    private static final Set<String> PLACE_NOUNS = Set.of("province", "provincial", "district", "region",
            "regional", "county", "valley", "basin", "rainforest", "forest", "river", "desert", "mountains",
            "island", "islands", "peninsula", "village", "town", "city", "sea", "lake", "coast");
    private static final Pattern NEXT_WORD = Pattern.compile("^[ \\u00a0]+(\\p{Ll}[\\p{L}-]*)");

    private NonActors() {
    }

    /** "THING" (not an entity), "PLACE" (a location), or null (an actor as far as we can tell). */
    static String kind(RawMention r, String text) {
        String[] words = r.text().split(" ");
        if (r.type().equals("ORGANIZATION") && words.length >= 2 && THING_ENDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return "THING";
        }
        Matcher m = NEXT_WORD.matcher(text.substring(r.end(), Math.min(text.length(), r.end() + 30)));
        if (!m.find()) {
            return null;
        }
        String next = m.group(1);
        if (PLACE_NOUNS.contains(next)) {
            return "PLACE";
        }
        return THING_NOUNS.contains(next) ? "THING" : null;
    }
}
