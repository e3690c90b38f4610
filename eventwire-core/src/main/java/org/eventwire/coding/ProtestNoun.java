package org.eventwire.coding;

import org.eventwire.model.EventCoderTrace;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Protests named by a noun: "anti-government protests continue in Baghdad", "two weeks of
 * protests in the capital", "students staged a protest against the law". The protesters are
 * those the sentence names as holding it (the light verb's subject, a possessive, a "by"
 * phrase), else the people of the place (country code alone); the target is what the protest is
 * against, else the government protested against: the place's GOV. Restatements across the
 * article merge into one event.
 */
final class ProtestNoun {
    private static final Set<String> NOUNS = Set.of("protest", "demonstration");
    static final String CODE = "141";

    private final SentenceCoder coder;

    ProtestNoun(SentenceCoder coder) {
        this.coder = coder;
    }

    void code(Sent s, ActorFinder.Hits hits, SentenceCoder.Context ctx, List<CodedEvent> out) {
        for (int n = 0; n < s.size(); n++) {
            if (!s.pos[n].startsWith("NN") || !NOUNS.contains(s.lemma[n]) || hits.covered(n) || notHeld(s, n)) {
                continue;
            }
            Set<Integer> ex = new HashSet<>(List.of(n));
            List<FoundActor> targets = List.of();
            int holder = -1;
            for (int c : s.children(n)) {
                String p = s.caseOf(c);
                if (p.equals("against")) {
                    targets = coder.actorsAt(s, hits, c, ex, ctx);
                } else if (s.rel[c].equals("nmod:poss") || p.equals("by")) {
                    holder = c;
                }
            }
            int h = s.head[n];
            if (holder < 0 && h >= 0 && s.isVerb(h) && s.rel[n].equals("obj")) {
                holder = ClauseRoles.subjectOf(s, h); // "students staged a protest"
            }
            List<FoundActor> sources = holder >= 0 ? coder.actorsAt(s, hits, holder, ex, ctx) : List.of();
            String place = ctx.countryFor(s, new FoundActor("---", n, n, n, "protest", true));
            if (sources.isEmpty()) {
                if (place == null) {
                    continue;
                }
                sources = List.of(new FoundActor(place, n, n, n, "implied agent: protesters in " + place, false));
            }
            for (FoundActor a : sources) {
                List<FoundActor> ts = targets;
                if (ts.isEmpty()) {
                    FoundActor gov = governmentOf(a, place, n);
                    if (gov == null) {
                        continue;
                    }
                    ts = List.of(gov);
                }
                for (FoundActor b : ts) {
                    if (!b.code().equals(a.code())) {
                        out.add(new CodedEvent(s, a, b, CODE, n, n, n, List.of(), false,
                                new EventCoderTrace("ProtestNoun", null, "PROTEST_N/" + s.lemma[n].toUpperCase())));
                    }
                }
            }
        }
    }

    /** Verbs whose object protest has not taken place: "agreed to postpone the demonstration", "banned the rally". */
    private static final Set<String> NOT_HELD = Set.of("postpone", "cancel", "ban", "prohibit", "forbid", "prevent",
            "allow", "permit", "delay", "plan", "call", "announce", "approve", "authorize", "authorise");

    private static boolean notHeld(Sent s, int n) {
        int h = s.head[n];
        return h >= 0 && s.isVerb(h) && (s.rel[n].equals("obj") || s.rel[n].equals("nsubj:pass"))
                && NOT_HELD.contains(s.lemma[h]);
    }

    /**
     * The government protesters of a country protest against when the text names no target: the
     * protesters' own country's, else the place's; null when neither is known.
     */
    static FoundActor governmentOf(FoundActor protesters, String place, int at) {
        String c = protesters.code();
        String country = c.length() >= 3 && !c.startsWith("IGO") && !c.startsWith("---") ? c.substring(0, 3) : place;
        return country == null || c.equals(country + "GOV") ? null : new FoundActor(country + "GOV", at, at, at,
                "implied agent: the government of " + country + " (protested against)", false);
    }
}
