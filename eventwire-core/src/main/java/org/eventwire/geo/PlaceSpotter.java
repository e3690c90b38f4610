package org.eventwire.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds place names the NER may miss, by looking capitalised phrases up in the country table,
 * the regions, first-level divisions and GeoNames places of 100,000 people or more (and all
 * capitals), plus named sites ("Tahrir Square"). Precision first: a name glued to another
 * capitalised word ("George Washington", "Washington Post", "Paris Agreement") is skipped,
 * except before titles and institutions ("Niger President", "US Embassy").
 */
public final class PlaceSpotter {
    private static final long MIN_CITY_POPULATION = 100_000;
    private static final long MIN_ALTERNATE_POPULATION = 100_000;
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "de", "del", "la", "el",
            "al", "d", "du", "des", "da", "do", "dos", "y");
    private static final Set<String> FOLLOWERS = Set.of("president", "presidency", "prime", "minister",
            "ministry", "secretary", "senator", "governor", "foreign", "defence", "defense", "interior",
            "army", "navy", "air", "embassy", "government", "department", "ambassador", "central",
            "national", "supreme", "court", "parliament", "congress", "senate", "police", "military",
            "forces", "general", "chief", "vice", "deputy", "attorney", "treasury", "office", "state",
            "special", "federal", "coast", "border", "armed", "security", "intelligence", "marines",
            "republicans", "democrats", "justice", "health", "finance", "trade", "energy", "commerce",
            "officials", "authorities", "junta", "council", "cabinet", "envoy", "consulate", "mission",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> SITE_HEADS = Set.of("airport", "square", "palace", "bridge",
            "stadium", "airbase", "prison", "mosque", "cathedral", "dam", "crossing", "barracks");
    // capitalised only because they open a sentence
    private static final Set<String> COMMON = Set.of("nice", "mobile", "reading", "split", "bath",
            "sale", "hope", "best", "mission", "independence", "surprise", "union", "providence",
            "orange", "victoria", "marion", "of", "may", "march", "university", "normal", "garden", "man",
            "city", "can");

    // words after a town's name that make the name a local institution's ("Paris Police Department")
    private static final Set<String> LOCAL_HEADS = Set.of("police", "sheriff", "fire", "city", "town",
            "village", "township", "school", "schools", "high", "middle", "elementary", "public", "library",
            "council", "commission", "commissioners", "board", "court", "municipal", "hospital", "chamber",
            "rescue", "volunteer", "water", "housing", "planning", "zoning", "parks", "mayor", "selectmen",
            "news", "times", "herald", "review", "tribune", "journal", "gazette", "register", "daily",
            "community", "area", "regional", "county", "district", "airport", "rotary", "lions");

    // national institutions named after a place say nothing of where things happen
    private static final Set<String> NOT_LOCAL = Set.of("institute", "university", "college", "post",
            "times", "magazine", "journal", "globe", "press", "symphony", "philharmonic", "ballet", "opera",
            "museum", "declaration", "agreement", "accord", "accords", "convention", "protocol", "treaty");

    private static final long LOCAL_MIN_POPULATION = 1000;
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "christmas", "easter");

    private final Gazetteer gaz;
    private final CountryTable table;

    public PlaceSpotter() {
        this(Gazetteer.get(), CountryTable.get());
    }

    public PlaceSpotter(Gazetteer gaz, CountryTable table) {
        this.gaz = gaz;
        this.table = table;
    }

    public List<PlaceMention> spot(String text) {
        List<PlaceMention> out = new ArrayList<>();
        List<int[]> sentences = Sentences.split(text);
        String lower = text.toLowerCase(Locale.ROOT);
        for (int[] s : sentences) {
            List<Words.Token> toks = Words.tokens(text, s[0], s[1]);
            for (int i = 0; i < toks.size(); ) {
                int n = match(text, lower, toks, i, out, s);
                i += Math.max(1, n);
            }
        }
        return out;
    }

    /**
     * A one-word town's name where a capital says nothing, a common word the text also writes in
     * lower case: "Man charged with murder" (the town Man), "City Council member" opening a line.
     * Where capitals say nothing: the first word of a sentence, line or clause (after a colon or
     * a quote), or any word of a headline-like line whose words are mostly capitalised.
     */
    private static boolean commonWordOpening(String text, String lower, List<Words.Token> toks, int i, int n) {
        return n == 1 && commonWordAt(text, lower, toks.get(i).start(), toks.get(i).end(), i == 0);
    }

    /** {@link #commonWordOpening} for any one-word mention [start, end); opensSentence when it starts one. */
    static boolean commonWordAt(String text, String lower, int start, int end, boolean opensSentence) {
        int k = start - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        char before = k < 0 ? '\n' : text.charAt(k);
        boolean opening = opensSentence || before == '\n' || before == ':' || before == '"' || before == '\u201c';
        String word = text.substring(start, end);
        return opening && COMMON.contains(word.toLowerCase(Locale.ROOT))
                || (opening || titleCasedLine(text, start)) && writtenLower(text, lower, word);
    }

    // "Man Charged With Murder Of Mother": most words of the line capitalised
    private static boolean titleCasedLine(String text, int at) {
        int from = text.lastIndexOf('\n', at) + 1;
        int to = text.indexOf('\n', at);
        List<Words.Token> line = Words.tokens(text, from, to < 0 ? text.length() : to);
        long caps = line.stream().filter(w -> w.text().length() > 3 && w.capitalised()).count();
        long words = line.stream().filter(w -> w.text().length() > 3).count();
        return words >= 3 && caps * 4 >= words * 3;
    }

    /**
     * A place at the head of an organisation's name: "Kansas Highway Patrol", "Licking County
     * Prosecutor", "Paris Police Department". Countries and divisions lead any name; a town only
     * one whose next word is a local institution's.
     */
    public PlaceMention leadingPlace(String text, int start, int end, int sentenceStart, int sentenceEnd) {
        List<Words.Token> toks = Words.tokens(text, start, end);
        for (int n = Math.min(4, toks.size() - 1); n >= 1; n--) {
            Words.Token first = toks.get(0);
            Words.Token last = toks.get(n - 1);
            Words.Token next = toks.get(n);
            if (first.start() != start || !last.capitalised() || !next.capitalised() || !inner(toks, 0, n)) {
                continue;
            }
            String phrase = text.substring(first.start(), last.end());
            if (n == 1 && COMMON.contains(phrase.toLowerCase(Locale.ROOT)) && gaz.admin1ByName(phrase).isEmpty()) {
                continue; // "City Council": a common word, not a place's name ("Victoria Police" is the state's)
            }
            String head = next.text().toLowerCase(Locale.ROOT);
            boolean division = (table.byName(phrase) != null || !gaz.admin1ByName(phrase).isEmpty()
                    || !gaz.admin2ByName(phrase).isEmpty()) && !NOT_LOCAL.contains(head);
            boolean town = !gaz.byName(phrase).isEmpty() && LOCAL_HEADS.contains(head);
            if (division || town) {
                return new PlaceMention(first.start(), last.end(), phrase, null, sentenceStart, sentenceEnd);
            }
        }
        return null;
    }

    /**
     * Smaller towns of the article's own states ("home": "US.WV"), which the NER and the
     * general spotter miss: local news names its towns without a state ("Hurricane", "Shiloh").
     * Only names that are not glued to other capitalised words, not inside a span already taken
     * (entities, other place mentions) and not common words the text also writes in lower case.
     */
    public List<PlaceMention> spotLocal(String text, Set<String> home, List<int[]> taken) {
        List<PlaceMention> out = new ArrayList<>();
        if (home.isEmpty()) {
            return out;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (int[] s : Sentences.split(text)) {
            List<Words.Token> toks = Words.tokens(text, s[0], s[1]);
            for (int i = 0; i < toks.size(); i++) {
                Words.Token t = toks.get(i);
                if (!t.capitalised() || CONNECTORS.contains(t.text().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                for (int n = Math.min(3, toks.size() - i); n >= 1; n--) {
                    Words.Token last = toks.get(i + n - 1);
                    if (!last.capitalised() || !inner(toks, i, n) || isTaken(taken, t.start(), last.end())) {
                        continue;
                    }
                    String phrase = text.substring(t.start(), last.end());
                    if (!homeTown(phrase, home) || glued(text, toks, i, n, "") || COMMON.contains(phrase.toLowerCase(Locale.ROOT))
                            || CALENDAR.contains(phrase.toLowerCase(Locale.ROOT))
                            || phrase.equals(phrase.toUpperCase(Locale.ROOT)) || writtenLower(text, lower, phrase)) {
                        continue;
                    }
                    out.add(new PlaceMention(t.start(), last.end(), phrase, "CITY", s[0], s[1]));
                    i += n - 1;
                    break;
                }
            }
        }
        return out;
    }

    private boolean homeTown(String phrase, Set<String> home) {
        for (GazetteerEntry e : gaz.byName(phrase)) {
            if (e.featureCode().startsWith("PPL") && e.population() >= LOCAL_MIN_POPULATION
                    && home.contains(e.alpha2() + "." + e.admin1())) {
                return true;
            }
        }
        return false;
    }

    // "hurricane", "orient": a common word when the text also has it in lower case
    private static boolean writtenLower(String text, String lowerText, String phrase) {
        String w = phrase.toLowerCase(Locale.ROOT);
        for (int at = lowerText.indexOf(w); at >= 0; at = lowerText.indexOf(w, at + 1)) {
            int end = at + w.length();
            boolean word = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)));
            if (word && Character.isLowerCase(text.charAt(at))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTaken(List<int[]> taken, int start, int end) {
        for (int[] t : taken) {
            if (t[0] < end && start < t[1]) {
                return true;
            }
        }
        return false;
    }

    private int match(String text, String lower, List<Words.Token> toks, int i, List<PlaceMention> out, int[] sent) {
        Words.Token t = toks.get(i);
        if (!t.capitalised()) {
            return 0;
        }
        if (CONNECTORS.contains(t.text().toLowerCase(Locale.ROOT))) {
            return abbreviatedState(text, t, out, sent); // "The US" is spotted as "US"
        }
        for (int n = Math.min(6, toks.size() - i); n >= 1; n--) {
            Words.Token last = toks.get(i + n - 1);
            if (!last.capitalised() || !inner(toks, i, n)) {
                continue;
            }
            String phrase = text.substring(t.start(), last.end());
            String tag = tag(phrase, toks, i, n);
            if (tag == null || glued(text, toks, i, n, tag)
                    || (tag.equals("CITY") || tag.isEmpty()) && commonWordOpening(text, lower, toks, i, n)) {
                continue;
            }
            out.add(new PlaceMention(t.start(), last.end(), phrase, tag.isEmpty() ? null : tag, sent[0], sent[1]));
            return n;
        }
        return 0;
    }

    // "Alexandria, La.": a state's abbreviation that is also a connector word, after a town
    private int abbreviatedState(String text, Words.Token t, List<PlaceMention> out, int[] sent) {
        boolean dotted = t.end() < text.length() && text.charAt(t.end()) == '.';
        boolean afterComma = text.substring(Math.max(0, t.start() - 2), t.start()).equals(", ");
        if (!dotted || !afterComma || gaz.admin1ByName(t.text() + ".").isEmpty()) {
            return 0;
        }
        out.add(new PlaceMention(t.start(), t.end() + 1, text.substring(t.start(), t.end() + 1), "STATE_OR_PROVINCE",
                sent[0], sent[1]));
        return 1;
    }

    // inner words are capitalised or connectors ("Bosnia and Herzegovina", "Rio de Janeiro")
    private static boolean inner(List<Words.Token> toks, int i, int n) {
        for (int k = i + 1; k < i + n - 1; k++) {
            Words.Token t = toks.get(k);
            if (!t.capitalised() && !CONNECTORS.contains(t.text())) {
                return false;
            }
        }
        return true;
    }

    /** The NER-like tag of a phrase that names a place ("" when unsure), or null. */
    private String tag(String phrase, List<Words.Token> toks, int i, int n) {
        boolean allCaps = phrase.equals(phrase.toUpperCase(Locale.ROOT));
        if (table.byName(phrase) != null) {
            return "COUNTRY";
        }
        if (allCaps) { // "US", "UAE"; but not a shouted headline word
            return null;
        }
        if (n == 1 && i == 0 && COMMON.contains(phrase.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (table.region(phrase) != null) {
            return "LOCATION";
        }
        String head = toks.get(i + n - 1).text().toLowerCase(Locale.ROOT);
        if (n >= 2 && SITE_HEADS.contains(head)) {
            return "LOCATION";
        }
        boolean bigCity = big(gaz.byName(phrase), MIN_CITY_POPULATION) || big(gaz.byAlternateName(phrase), MIN_ALTERNATE_POPULATION);
        boolean division = !gaz.admin1ByName(phrase).isEmpty() || !gaz.admin2ByName(phrase).isEmpty();
        if (bigCity && division) {
            return "";
        }
        return bigCity ? "CITY" : division ? "STATE_OR_PROVINCE" : null;
    }

    private static boolean big(List<GazetteerEntry> es, long min) {
        for (GazetteerEntry e : es) {
            if (e.population() >= min || e.isCapital()) {
                return true;
            }
        }
        return false;
    }

    // part of a longer proper name: a capitalised word right before or after it
    private boolean glued(String text, List<Words.Token> toks, int i, int n, String tag) {
        if (i > 0) {
            Words.Token prev = toks.get(i - 1);
            boolean adjacent = text.substring(prev.end(), toks.get(i).start()).equals(" ");
            if (adjacent && prev.capitalised()) {
                String low = prev.text().toLowerCase(Locale.ROOT);
                if (Words.HONORIFICS.contains(low)) {
                    return true;
                }
                boolean opensSentence = i - 1 == 0;
                if (!opensSentence && Words.ref(prev.text(), gaz, table) == null) {
                    return true;
                }
            }
        }
        if (i + n < toks.size() && !tag.equals("LOCATION")) {
            Words.Token next = toks.get(i + n);
            boolean adjacent = text.substring(toks.get(i + n - 1).end(), next.start()).equals(" ");
            String low = next.text().toLowerCase(Locale.ROOT);
            return adjacent && next.capitalised() && !FOLLOWERS.contains(low)
                    && !next.text().equals(next.text().toUpperCase(Locale.ROOT));
        }
        return false;
    }
}
