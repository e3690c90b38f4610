package org.eventwire.coding;

import org.eventwire.model.Entity;
import org.eventwire.model.Quote;
import org.eventwire.model.Span;
import org.eventwire.pipeline.ArticleContext;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the coder knows about the article's actors beyond one sentence: names already coded
 * ("US Secretary of State Antony Blinken" makes a later "Blinken" USAGOV), the entity
 * coreference of the analyzer, the last person and the last group named (for pronouns), the
 * speaker of a quote (for "we" and "I"), and the country the article is about.
 */
final class ArticleActors implements SentenceCoder.Context {
    private static final Set<String> SPEECH = Set.of("say", "tell", "add", "state", "tweet", "write",
            "announce", "declare", "emphasize", "stress", "underscore", "insist", "note", "read", "report");

    private static final Set<String> PERSON_ROLES = Set.of("GOV", "ELI", "PTY", "LEG", "OPP");
    private static final Set<String> PERSON_NOUNS = Set.of("politician", "diplomat", "legislator", "statesman",
            "stateswoman", "monarch", "dictator", "strongman", "autocrat", "incumbent", "opposition leader");

    private final ArticleContext ctx;
    private final ActorFinder finder;
    private final String focus;
    private String home;                // the most named country leaving out its marks on roles (MarkedCountries)
    private Span focusMention;          // the focus country's first mention after the dateline
    private final Map<String, FoundActor> names = new HashMap<>();
    private FoundActor lastPerson;
    private FoundActor lastGroup;
    private FoundActor lastPlural;       // the last plural role group ("protesters"), when named after lastGroup
    private final DefiniteBody bodies = new DefiniteBody();

    /**
     * The lead: sentences that start within this many characters, the headline and first
     * paragraph, where a report says what it is about (a scraped URL line may be several
     * "sentences" of its own, so a count of sentences would miss it).
     */
    private static final int LEAD_CHARS = 400;
    private final boolean disasterStory;

    ArticleActors(ArticleContext ctx, ActorFinder finder, List<Sent> sents) {
        this.ctx = ctx;
        this.finder = finder;
        this.focus = focusCountry(sents);
        boolean disaster = false;
        for (Sent s : sents) {
            if (s.size() == 0 || s.begin[0] >= LEAD_CHARS) {
                break;
            }
            disaster |= AgentlessPassive.naturalCause(s);
        }
        this.disasterStory = disaster;
    }

    @Override
    public boolean disasterStory() {
        return disasterStory;
    }

    String focus() {
        return focus;
    }

    /** Where the article first names its focus country: the evidence of targets taken from it. */
    Span focusMention() {
        return focusMention;
    }

    /** The most named country, leaving out the dateline's own mention; null if none. */
    private String focusCountry(List<Sent> sents) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> unmarked = new LinkedHashMap<>();
        // the first phrase naming each country itself ("Nigeria", "Nigerian"), not one of its bodies
        Map<String, Span> first = new HashMap<>();
        int datelineEnd = ctx.dateline() != null && ctx.dateline().evidence() != null ? ctx.dateline().evidence().end() : -1;
        for (Sent s : sents) {
            ActorFinder.Hits h = finder.hits(s);
            for (int i = 0; i < s.size(); i++) {
                if (h.actor[i] != null && h.actor[i].start() == i && s.begin[i] >= datelineEnd) {
                    String code = h.actor[i].entry().codeOn(0);
                    if (code != null && code.length() >= 3 && code.matches("[A-Z]{3}.*")
                            && !code.startsWith("IGO") && !code.startsWith("NGO") && !code.startsWith("IMG")
                            && !PlaceCountry.insideOtherPlace(ctx.places(), s, i, code.substring(0, 3))) {
                        counts.merge(code.substring(0, 3), 1, Integer::sum);
                        if (!MarkedCountries.marksRole(s, h, h.actor[i])) {
                            unmarked.merge(code.substring(0, 3), 1, Integer::sum);
                        }
                        if (code.length() == 3 && !first.containsKey(code)) {
                            int b = s.begin[i];
                            int e = s.end[h.actor[i].end()];
                            first.put(code, new Span(b, e, ctx.text().substring(b, e)));
                        }
                    }
                }
            }
        }
        FocusPlaces.count(ctx.places(), datelineEnd, counts);
        FocusPlaces.count(ctx.places(), datelineEnd, unmarked);
        String best = mostNamed(counts);
        home = mostNamed(unmarked);
        if (home != null && (unmarked.get(home) < MarkedCountries.MIN_UNMARKED || best != null
                && counts.get(best) - unmarked.getOrDefault(best, 0) < MarkedCountries.MIN_UNMARKED)) {
            home = null;   // too few words to tell the story's own country from the marks
        }
        focusMention = best == null ? null : first.get(best);
        return best;
    }

    private static String mostNamed(Map<String, Integer> counts) {
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** Remembers the named actors of a coded sentence for later mentions and pronouns. */
    void learn(Sent s) {
        ActorFinder.Hits h = finder.hits(s);
        bodies.learn(s, h);
        int groupTok = -1;
        for (int i = 0; i < s.size(); i++) {
            boolean person = s.ner[i].equals("PERSON");
            if (!(person || s.ner[i].equals("ORGANIZATION")) || i + 1 < s.size() && s.ner[i + 1].equals(s.ner[i])) {
                continue;
            }
            // i ends a name: code its phrase, remember full name and surname
            int start = i;
            while (start > 0 && s.ner[start - 1].equals(s.ner[i])) {
                start--;
            }
            // the phrase the name heads or sits in: "Niger's President Mohamed Bazoum"
            int np = i;
            while (s.head[np] >= 0 && s.pos[s.head[np]].startsWith("NN")
                    && Set.of("compound", "flat", "dep", "appos").contains(s.rel[np])) {
                np = s.head[np];
            }
            List<FoundActor> f = finder.find(s, h, np, Set.of());
            FoundActor a = f.isEmpty() || f.get(0).noCountry() ? names.get(s.upper[i]) : f.get(0);
            if (a == null) {
                continue;
            }
            FoundActor at = new FoundActor(a.code(), start, i, i, "name " + s.word[i] + " (" + a.reason() + ")", false);
            if (!f.isEmpty() && !f.get(0).noCountry()) {
                names.putIfAbsent(s.upper[i], at);
                StringBuilder full = new StringBuilder();
                for (int k = start; k <= i; k++) {
                    full.append(k > start ? " " : "").append(s.upper[k]);
                }
                names.putIfAbsent(full.toString(), at);
            }
            if (person) {
                lastPerson = at;
            } else {
                lastGroup = at;
                lastPlural = null;
                groupTok = i;
            }
        }
        // a plural group named after the last organisation is the nearer "they"
        FoundActor plural = PluralGroups.last(s, finder, this);
        if (plural != null && plural.head() > groupTok) {
            lastPlural = plural;
        }
    }

    @Override
    public FoundActor named(Sent s, int head, Set<Integer> exclude) {
        // "the politician", "the president": the person last named before it
        // (a person's role only: "the government" is an institution, not the last person named)
        if (s.pos[head].equals("NN") && s.child(head, "det") >= 0 && s.lemma[s.child(head, "det")].equals("the")
                && finder.hits(s).agent[head] != null && (org.eventwire.entity.Lexicon.isTitleHead(s.word[head])
                || PERSON_NOUNS.contains(s.lemma[head].toLowerCase(java.util.Locale.ROOT)))) {
            String role = finder.hits(s).agent[head].entry().codeOn(0);
            if (role != null && PERSON_ROLES.contains(role.replace("~", ""))) {
                for (int t = head - 1; t >= 0; t--) {
                    FoundActor a = names.get(s.upper[t]);
                    if (a != null && s.ner[t].equals("PERSON")) {
                        return new FoundActor(a.code(), head, head, head, "refers back to " + s.word[t], false);
                    }
                }
                if (lastPerson != null) {
                    return new FoundActor(lastPerson.code(), head, head, head, "refers back to " + lastPerson.reason(), false);
                }
            }
        }
        // a coded entity or remembered name inside the phrase ("Bazoum's immediate release")
        java.util.ArrayDeque<Integer> q = new java.util.ArrayDeque<>(List.of(head));
        while (!q.isEmpty()) {
            int t = q.poll();
            if (exclude.contains(t)) {
                continue;
            }
            Entity e = ctx.entityAt(s.begin[t]);
            if (e != null && e.actor() != null && e.actor().code() != null && !e.type().equals("LOCATION")) {
                return new FoundActor(e.actor().code(), t, t, t, "entity " + e.name(), false);
            }
            FoundActor a = names.get(s.upper[t]);
            if (a != null && (s.ner[t].equals("PERSON") || s.ner[t].equals("ORGANIZATION"))) {
                return new FoundActor(a.code(), t, t, t, a.reason(), false);
            }
            for (int c : s.children(t)) {
                String r = s.rel[c];
                if (!r.startsWith("acl") && !r.equals("conj") && !r.equals("punct") && !s.isVerb(c)) {
                    q.add(c);
                }
            }
        }
        return null;
    }

    @Override
    public FoundActor pronoun(Sent s, int t) {
        String w = s.lemma[t];
        if (w.equals("we") || w.equals("i")) {
            for (Quote q : ctx.quotes()) {
                if (q.start() <= s.begin[t] && s.begin[t] < q.end() && q.speaker() != null && q.speaker().entityId() != null) {
                    for (Entity e : ctx.entities()) {
                        if (e.id().equals(q.speaker().entityId()) && e.actor() != null) {
                            return new FoundActor(e.actor().code(), t, t, t, "quote speaker " + e.name(), false);
                        }
                        if (e.id().equals(q.speaker().entityId()) && (e.title() == null || e.title().isBlank())) {
                            // a private speaker with no role ("Dunn's mother"): not the last official named
                            return null;
                        }
                    }
                }
            }
            // the subject of the speech verb the words depend on: Guterres tweeted, "I condemn ..."
            for (int x = s.head[t]; x >= 0; x = s.head[x]) {
                if (SPEECH.contains(s.lemma[x])) {
                    int subj = s.child(x, "nsubj");
                    if (subj >= 0 && subj != t) {
                        if (s.pos[subj].startsWith("PRP")) {
                            return pronoun(s, subj);
                        }
                        List<FoundActor> f = finder.find(s, finder.hits(s), subj, Set.of());
                        if (!f.isEmpty() && !f.get(0).noCountry()) {
                            return f.get(0);
                        }
                        FoundActor n = named(s, subj, Set.of());
                        if (n != null) {
                            return n;
                        }
                    }
                }
            }
            return lastPerson;
        }
        // "Uganda said it had paid", "the party has said it will boycott": the speaker
        for (int x = s.head[t]; x >= 0; x = s.head[x]) {
            if (SPEECH.contains(s.lemma[x])) {
                int subj = s.child(x, "nsubj");
                if (subj >= 0 && subj != t && !s.pos[subj].startsWith("PRP")) {
                    List<FoundActor> f = finder.find(s, finder.hits(s), subj, Set.of());
                    if (!f.isEmpty()) {
                        FoundActor a = f.get(0);
                        if (a.noCountry()) {
                            String c = countryFor(s, a);
                            a = c == null ? a : a.withCode(c + a.code().substring(3), a.reason() + ", country " + c);
                        }
                        return a;
                    }
                    FoundActor n = named(s, subj, Set.of());
                    if (n != null) {
                        return n;
                    }
                }
                break;
            }
        }
        if (w.equals("he") || w.equals("she")) {
            return lastPerson;
        }
        if (w.equals("they") && lastPlural != null) {
            return lastPlural;
        }
        if (w.equals("it") || w.equals("they")) {
            return lastGroup;
        }
        return null;
    }

    @Override
    public String countryFor(Sent s, FoundActor a) {
        ActorFinder.Hits h = finder.hits(s);
        String named = a.start() >= 0 ? PlaceCountry.ofPhrase(ctx.places(), s, a) : null;
        if (named != null) {
            return named;
        }
        String body = a.start() >= 0 ? bodies.country(ctx, s, a.head()) : null;
        if (body != null) {
            return body;
        }
        for (int i = a.start() - 1; i >= 0; i--) {
            if (h.actor[i] != null) {
                String code = h.actor[i].entry().codeOn(0);
                if (code != null && code.matches("[A-Z]{3}") && !code.equals("IGO")
                        && !PlaceCountry.insideOtherPlace(ctx.places(), s, i, code)) {
                    return code;
                }
            }
        }
        // a country or city the sentence places things in: "protests against the president in Nairobi"
        for (int i = a.end() + 1; i < s.size(); i++) {
            if (h.actor[i] != null && h.actor[i].start() == i) {
                String code = h.actor[i].entry().codeOn(0);
                int head = h.actor[i].end();
                if (code != null && code.matches("[A-Z]{3}") && !code.equals("IGO")
                        && !PlaceCountry.insideOtherPlace(ctx.places(), s, i, code) && s.childrenWith(head, "case")
                        .stream().anyMatch(c -> s.lemma[c].equals("in") || s.lemma[c].equals("at"))) {
                    return code;
                }
            }
        }
        // a town or region the sentence places things in: "gunmen attacked a church in Jolo"
        String placed = PlaceCountry.locative(ctx.places(), s);
        return placed != null ? placed : home != null ? home : focus;
    }

    @Override
    public FoundActor fallbackTarget(Sent s, int verb) {
        ActorFinder.Hits h = finder.hits(s);
        for (int i = verb + 1; i < s.size(); i++) {
            if (h.actor[i] != null && s.dominates(verb, i)) {
                String code = h.actor[i].entry().codeOn(0);
                if (code != null && code.matches("[A-Z]{3}")) {
                    return new FoundActor(code, i, h.actor[i].end(), i, "country named in the clause", false);
                }
            }
        }
        // not in this sentence: start -1 marks it, and the event names the country where the article does
        return focus == null || focusMention == null ? null
                : new FoundActor(focus, -1, -1, -1, "the country the article is about", false);
    }

    @Override
    public String placeOfAct(Sent s, FoundActor a, int v) {
        String own = a.start() >= 0 && a.start() != v ? PlaceCountry.ofPhrase(ctx.places(), s, a) : null;
        if (own != null) {
            return own;
        }
        org.eventwire.model.EventLocation where = EventCoder.location(ctx, s, v);
        if (where == null) {
            // the places the sentence or the two before name; not the dateline, which is where it was reported from
            Span sentence = new Span(s.begin[0], s.end[s.end.length - 1], null);
            where = org.eventwire.geo.EventPlaceLocator.locate(ctx.text(), sentence, new Span(s.begin[v], s.end[v], null),
                    false, ctx.places(), null);
            if (where != null && ctx.dateline() != null && where.name().equalsIgnoreCase(ctx.dateline().place())) {
                where = null; // "MOSCOW (AP) - ... were killed": the dateline opens the sentence but places nothing
            }
        }
        return where != null && where.country() != null && !where.country().isBlank() ? where.country() : countryFor(s, a);
    }
}
