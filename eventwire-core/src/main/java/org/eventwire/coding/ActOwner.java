package org.eventwire.coding;

import org.eventwire.model.Entity;
import org.eventwire.model.Event;
import org.eventwire.model.EventActor;
import org.eventwire.model.Span;
import org.eventwire.pipeline.ArticleContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A reaction to an act named by a noun is aimed at whoever did the act: "Merkel seconded
 * Macron's recommendation" (Macron), "the operation was condemned by the EU" (whoever the
 * article last told launching one), "the embassy declined the request" (the last to ask). The
 * act's owner is the noun's possessor or "by" agent, else, for "the"/"this" act, the source of
 * the latest earlier event of that kind in the article. It replaces a target the sentence did
 * not give (none, or the article's country) or one outside the noun's phrase.
 */
final class ActOwner {
    private static final Set<String> ASKING = Set.of("02", "03", "10");
    private static final Set<String> FORCE = Set.of("17", "18", "19", "20");
    private static final Set<String> DOING = Set.of("03", "07", "08", "15", "16", "17", "18", "19", "20");
    /** Act nouns and the CAMEO roots of the events they can name. */
    private static final Map<String, Set<String>> KINDS = Map.ofEntries(
            Map.entry("call", ASKING), Map.entry("appeal", ASKING), Map.entry("request", ASKING),
            Map.entry("plea", ASKING), Map.entry("demand", ASKING), Map.entry("recommendation", ASKING),
            Map.entry("proposal", ASKING), Map.entry("suggestion", ASKING), Map.entry("invitation", ASKING),
            Map.entry("operation", FORCE), Map.entry("offensive", FORCE), Map.entry("invasion", FORCE),
            Map.entry("incursion", FORCE), Map.entry("attack", FORCE), Map.entry("strike", FORCE),
            Map.entry("assault", FORCE), Map.entry("raid", FORCE), Map.entry("bombing", FORCE),
            Map.entry("airstrike", FORCE), Map.entry("crackdown", FORCE),
            Map.entry("move", DOING), Map.entry("decision", DOING), Map.entry("step", DOING),
            Map.entry("measure", DOING), Map.entry("announcement", DOING), Map.entry("ban", DOING));
    /** Roots of reactions in words: only these are aimed at the act's owner. */
    private static final Set<String> REACTIONS = Set.of("01", "02", "03", "04", "05", "06", "10", "11", "12", "13");

    private ActOwner() {
    }

    /** The event aimed at the owner of the act its object names, or the event unchanged. */
    static Event retarget(ArticleContext ctx, Event ev, CodedEvent ce, List<Event> earlier) {
        if (!"VerbClause".equals(ce.coder().rule()) || !REACTIONS.contains(ev.cameo().substring(0, 2))) {
            return ev;
        }
        Sent s = ce.sentence();
        int v = ce.verb();
        int noun = s.child(v, "obj");
        if (noun < 0) {
            noun = s.child(v, "nsubj:pass");
        }
        if (noun < 0 || !s.isNoun(noun)) {
            return ev;
        }
        Set<String> kind = KINDS.get(s.lemma[noun].toLowerCase(Locale.ROOT));
        if (kind == null || ce.target() != null && !ce.targetFromContext() && ce.target().start() >= 0
                && s.dominates(noun, ce.target().head())) {
            return ev;   // "condemned the attack on the embassy": the phrase names its own actor
        }
        EventActor owner = possessor(ctx, s, noun);
        if (owner == null && definite(s, noun)) {
            owner = latestOf(kind, ev, earlier);
        }
        if (owner == null || owner.code().equals(ev.source().code())
                && (owner.entityId() == null || owner.entityId().equals(ev.source().entityId()))) {
            return ev;
        }
        return new Event(ev.id(), ev.source(), owner, ev.cameo(), ev.cameoName(), ev.plover(), ev.ploverMode(),
                ev.goldstein(), ev.quadClass(), ev.date(), ev.location(), ev.background(), ev.negated(),
                ev.hypothetical(), ev.claimed(), ev.modality(), ev.sourcing(), ev.evidence(), ev.moreEvidence(),
                ev.coder());
    }

    /** "Macron's recommendation", "the call by Macron": the coded entity named as its doer, or null. */
    private static EventActor possessor(ArticleContext ctx, Sent s, int noun) {
        for (int c : s.children(noun)) {
            boolean poss = s.rel[c].equals("nmod:poss") && !s.pos[c].startsWith("PRP");
            boolean by = s.rel[c].startsWith("nmod") && s.caseOf(c).equals("by");
            if (!poss && !by) {
                continue;
            }
            Entity e = ctx.entityAt(s.begin[c]);
            if (e != null && e.actor() != null && e.actor().code() != null && !e.type().equals("LOCATION")) {
                return new EventActor(e.actor().code(), e.name(), e.id(), Span.of(ctx.text(), s.begin[c], s.end[c]));
            }
        }
        return null;
    }

    private static boolean definite(Sent s, int noun) {
        int det = s.child(noun, "det");
        return det >= 0 && Set.of("the", "this", "that").contains(s.lemma[det].toLowerCase(Locale.ROOT));
    }

    /** The source of the latest earlier current event of the kind, by someone else than this event's source. */
    private static EventActor latestOf(Set<String> kind, Event ev, List<Event> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Event e = earlier.get(i);
            if (!e.background() && kind.contains(e.cameo().substring(0, 2)) && e.source().span() != null
                    && !e.source().code().equals(ev.source().code())) {
                return e.source();
            }
        }
        return null;
    }
}
