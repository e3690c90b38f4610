package org.eventwire.coding;

import org.eventwire.model.EventActor;
import org.eventwire.model.EventCoderTrace;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fire told as set: "a fire that was deliberately set", "the blaze was set intentionally", "a
 * deliberately set fire". Someone set it, so it is arson: the destruction of property (1712) by
 * the by-agent when the sentence names one ("set by rebels"), else by unnamed arsonists of the
 * place's country, falling on the place's civilians, as {@link ArsonNoun} codes the noun.
 * A controlled or prescribed burn is no arson.
 */
final class SetFire {
    private static final Set<String> FIRES = Set.of("fire", "blaze");
    private static final Set<String> CONTROLLED = Set.of("controlled", "prescribed", "back", "camp", "bon");

    private final SentenceCoder coder;

    SetFire(SentenceCoder coder) {
        this.coder = coder;
    }

    void code(Sent s, ActorFinder.Hits hits, SentenceCoder.Context ctx, List<CodedEvent> out) {
        if (out.stream().anyMatch(e -> e.code().startsWith("171"))) {
            return; // already coded by a verb or the arson noun
        }
        for (int n = 0; n < s.size(); n++) {
            int set = setter(s, n);
            if (set < 0 || new ModalityDetector().read(s, set).has("HYPOTHETICAL")) {
                continue;
            }
            String place = ctx.placeOfAct(s, new FoundActor("---", n, n, n, "fire", true), set);
            int agent = ClauseRoles.byAgent(s, set);
            List<FoundActor> named = agent >= 0 ? coder.actorsAt(s, hits, agent, Set.of(n, set), ctx) : List.of();
            if (named.isEmpty() && place == null) {
                return;
            }
            FoundActor src = !named.isEmpty() ? named.get(0) : new FoundActor(place, n, n, n, "implied agent: "
                    + EventActor.UNNAMED + "arsonists of " + place + " ('" + s.word[n] + "' was set)", false);
            String country = place != null ? place : src.code().length() >= 3 ? src.code().substring(0, 3) : null;
            FoundActor tgt = country == null || country.equals("---") ? null
                    : new FoundActor(country + "CVL", n, n, n, EventActor.UNNAMED + "property in " + country, false);
            out.add(new CodedEvent(s, src, tgt, ArsonNoun.CODE, set, Math.min(n, set), Math.max(n, set), List.of(), false,
                    new EventCoderTrace("SetFire", null, "SET_FIRE/" + s.lemma[n].toUpperCase(Locale.ROOT))));
            return;
        }
    }

    /** The verb "set" that tells fire or blaze n as set, or -1. */
    static int setter(Sent s, int n) {
        if (!s.pos[n].startsWith("NN") || !FIRES.contains(s.lemma[n].toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int c : s.children(n)) {
            if (s.rel[c].equals("amod") && CONTROLLED.contains(s.lemma[c].toLowerCase(Locale.ROOT))
                    || s.rel[c].equals("compound") && CONTROLLED.contains(s.lemma[c].toLowerCase(Locale.ROOT))) {
                return -1;
            }
        }
        int h = s.head[n];
        if (h >= 0 && s.lemma[h].equalsIgnoreCase("set") && s.rel[n].equals("nsubj:pass")) {
            return h; // "the fire was set deliberately"
        }
        for (int c : s.children(n)) {
            boolean passiveRel = s.rel[c].startsWith("acl") && (s.child(c, "aux:pass") >= 0 || s.child(c, "nsubj:pass") >= 0
                    || s.pos[c].equals("VBN"));
            if (s.lemma[c].equalsIgnoreCase("set") && (passiveRel || s.rel[c].equals("amod"))) {
                return c; // "a fire that was deliberately set", "a deliberately set fire"
            }
        }
        return -1;
    }
}
