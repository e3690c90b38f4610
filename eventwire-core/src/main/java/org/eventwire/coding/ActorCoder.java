package org.eventwire.coding;

import org.eventwire.coding.dict.Dictionaries;
import org.eventwire.model.Actor;
import org.eventwire.model.Entity;
import org.eventwire.model.Mention;
import org.eventwire.pipeline.ArticleContext;
import org.eventwire.pipeline.Stage;

import edu.stanford.nlp.pipeline.CoreSentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sets the CAMEO actor code of every entity the analyzer found (Entity.actor): from the
 * words around its name mentions (titles, affiliations, demonyms: "Niger's President
 * Mohamed Bazoum" is NERGOV), else from the entity's own title and country.
 */
public final class ActorCoder implements Stage {
    private final Dictionaries dict;

    public ActorCoder(Dictionaries dict) {
        this.dict = dict;
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public void apply(ArticleContext ctx) {
        if (ctx.document() == null || ctx.entities().isEmpty()) {
            return;
        }
        List<Sent> sents = new ArrayList<>();
        List<CoreSentence> cs = ctx.document().sentences();
        for (int i = 0; i < cs.size(); i++) {
            sents.add(Sent.of(i, cs.get(i)));
        }
        int date = EventCoder.dateInt(ctx.referenceDate());
        ActorFinder finder = new ActorFinder(dict, date);
        ArticleActors context = new ArticleActors(ctx, finder, sents);
        List<Entity> out = new ArrayList<>();
        for (Entity e : ctx.entities()) {
            Actor a = e.actor() != null ? e.actor() : code(e, sents, finder, context, dict, date);
            out.add(a == e.actor() ? e : new Entity(e.id(), e.name(), e.type(), e.title(), e.country(), a, e.mentions()));
        }
        ctx.setEntities(out);
    }

    private static Actor code(Entity e, List<Sent> sents, ActorFinder finder, ArticleActors context, Dictionaries dict,
                              int date) {
        FoundActor role = null;
        Sent roleSent = null;
        String own = null;
        FoundActor bare = null;
        for (Mention m : e.mentions()) {
            for (Sent s : sents) {
                int tok = EventTiming.tokenAt(s, Math.max(m.start(), m.end() - 1));
                if (tok < 0) {
                    continue;
                }
                // the phrase the name sits in: "Niger's President Mohamed Bazoum"
                int np = tok;
                while (s.head[np] >= 0 && s.pos[s.head[np]].startsWith("NN")
                        && (Set.of("compound", "flat", "appos").contains(s.rel[np]) || titleAsDep(s, np))) {
                    np = s.head[np];
                }
                // "Chief Executive of Hong Kong Carrie Lam", "US ambassador to the UN Clara Hobbs": the
                // parse hangs the name on the country or body, which hangs on the title
                int up = s.head[np];
                if (up >= 0 && up < np && s.rel[np].equals("nmod") && Set.of("of", "to").contains(s.caseOf(np))
                        && finder.hits(s).agent[up] != null && s.pos[up].startsWith("NN")) {
                    np = up;
                }
                List<FoundActor> f = finder.find(s, finder.hits(s), np, PersonCountry.placedTokens(s, np));
                if (!f.isEmpty() && !f.get(0).noCountry()) {
                    // "Hong Kong's Carrie Lam": a person's bare country waits for a role in another mention
                    if (!(e.type().equals("PERSON") && f.get(0).code().matches("[A-Z]{3}"))) {
                        return actor(f.get(0).code(), f.get(0).reason());
                    }
                    bare = bare == null ? f.get(0) : bare;
                }
                if (!f.isEmpty() && f.get(0).noCountry() && role == null) {
                    role = f.get(0);
                    roleSent = s;
                }
                // a country the phrase gives the person apart from the role ("Prime Minister Ardley of Britain")
                if (own == null && m.kind().equals("NAME")) {
                    own = PersonCountry.ofPhrase(s, finder.hits(s), np, date);
                }
            }
        }
        if (role == null) {
            return bare == null ? null : actor(bare.code(), bare.reason());
        }
        // evidence about the person anywhere in the article before the sentence's surroundings or focus
        String c = e.country() != null && e.country().matches("[A-Z]{3}") ? e.country()
                : own != null ? own
                : PersonCountry.ofTitle(dict, e.title(), date);
        String why = c != null ? ", the person's country " + c : "";
        if (c == null) {
            c = context.countryFor(roleSent, role);
            why = c != null ? ", country " + c : "";
        }
        if (c != null) {
            role = role.withCode(c + role.code().substring(3), role.reason() + why);
        }
        return role.code().startsWith("---") ? null : actor(role.code(), role.reason());
    }

    /**
     * "the Turkish President Ahmet Kaya pledged" is sometimes parsed with the title as subject and
     * the name as its "dep": the title is the name's own when nothing (no comma) stands between.
     */
    private static boolean titleAsDep(Sent s, int t) {
        int h = s.head[t];
        if (!s.rel[t].equals("dep") || h > t) {
            return false;
        }
        for (int i = h + 1; i < t; i++) {
            if (!s.pos[i].startsWith("NN")) {
                return false;
            }
        }
        return true;
    }

    static Actor actor(String given, String reason) {
        String code = Territories.code(given);
        String country = code.length() >= 3 && !code.startsWith("IGO") && !code.startsWith("NGO")
                && !code.startsWith("IMG") && !code.startsWith("---") ? code.substring(0, 3) : null;
        return new Actor(code, country, reason);
    }
}
