package org.eventwire.coding;

import org.eventwire.model.EventActor;
import org.eventwire.model.EventCoderTrace;

import java.util.List;
import java.util.Set;

/**
 * Violence told with the attack itself as the subject: "twin bombings struck the cathedral", "a
 * roadside bombing killed three soldiers", "the blast wounded dozens". When the attack noun
 * names no actor ("a US strike" does, and is coded as any subject), the doers are unnamed
 * attackers of the place's country (else of the target's), as for an agentless passive. Bombs
 * and blasts are bombings (183); other attacks keep the verb's code. The target is the verb's
 * object: an actor, or unnamed people or places ("killed five", "struck the cathedral") of the
 * place's country.
 */
final class AttackNounSubject {
    /** Nouns that name an attack or its weapon. */
    static final Set<String> ATTACKS = Set.of("bombing", "bomb", "explosion", "blast", "attack", "airstrike",
            "strike", "raid", "shelling", "rocket", "missile", "mortar", "drone", "grenade", "ambush", "assault",
            "shooting", "gunfire", "ied", "car-bomb");
    /** Of those, the ones that make the event a bombing. */
    private static final Set<String> BOMBS = Set.of("bombing", "bomb", "explosion", "blast", "ied", "car-bomb");

    private final SentenceCoder coder;

    AttackNounSubject(SentenceCoder coder) {
        this.coder = coder;
    }

    /** True for a violent verb (CAMEO 18-20) whose subject is an attack noun. */
    static boolean applies(Sent s, VerbMatcher.Match m, int subj) {
        return AgentlessPassive.applies(m.code()) && !m.code().startsWith("17") && subj >= 0
                && ATTACKS.contains(s.lemma[subj]) && s.pos[subj].startsWith("NN");
    }

    void code(Sent s, ActorFinder.Hits hits, VerbMatcher.Match m, int v, int subj, SentenceCoder.Context ctx,
              List<CodedEvent> out) {
        int obj = s.child(v, "obj");
        for (int c : s.childrenWith(v, "conj")) {
            obj = obj < 0 ? s.child(c, "obj") : obj; // "killing and wounding several people": a shared object
        }
        if (obj < 0) {
            return; // "the blast killed": no one named as hit
        }
        String place = ctx.countryFor(s, new FoundActor("---", v, v, v, "verb", true));
        List<FoundActor> targets = coder.actorsAt(s, hits, obj, Set.of(v, subj), ctx);
        if (targets.isEmpty() || targets.stream().allMatch(FoundActor::noCountry)) {
            if (place == null) {
                return;
            }
            targets = List.of(new FoundActor(place, obj, obj, obj, EventActor.UNNAMED + s.word[obj] + " in " + place, false));
        }
        String code = BOMBS.contains(s.lemma[subj]) ? "183" : m.code();
        for (FoundActor t : targets) {
            // the attackers of a place are the place's unless told otherwise ("a bombing near Samarra killed a US soldier")
            String country = place != null ? place : t.code().length() >= 3 && !t.code().startsWith("IGO")
                    && !t.code().startsWith("---") ? t.code().substring(0, 3) : null;
            if (country == null) {
                continue;
            }
            FoundActor src = new FoundActor(country, subj, subj, subj, "implied agent: " + EventActor.UNNAMED + "attackers of " + country
                    + " ('" + s.word[subj] + "' as the subject of '" + s.word[v] + "')", false);
            out.add(new CodedEvent(s, src, t, code, v, m.start(), m.end(), List.of(), false,
                    new EventCoderTrace("AttackNounSubject", m.pattern() == null ? null : m.pattern().text(),
                            m.entry().block() + "/" + m.entry().base())));
        }
    }
}
