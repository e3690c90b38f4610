package org.eventwire.coding;

import org.eventwire.model.EventActor;
import org.eventwire.model.EventCoderTrace;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Arson told by its noun, with no verb that codes it: "the church was badly damaged by arson",
 * "an arson fire gutted the store", "arson is suspected in the burning of the church", "an
 * arsonist badly damaged the church". Like the Phoenix dictionary's burning of houses, this is
 * the destruction of property (1712) by unnamed arsonists of the place's country, falling on the
 * place's civilians (both implied, so any report naming the arsonists agrees). Only where the
 * sentence tells a fire or damage; not an arson charge or conviction (the legal act is the event)
 * nor arson ruled out, nor arson as a modal predicate ("it may have been arson", which the modality
 * reader would make a threat), and not where a verb of the sentence already coded the burning.
 */
final class ArsonNoun {
    static final String CODE = "1712";
    private static final Set<String> NOUNS = Set.of("arson", "arsonist");
    /** Words that tell a fire or its damage: the arson is told as done, not as a crime category. */
    private static final Set<String> FIRE = Set.of("fire", "blaze", "burn", "burning", "flame", "damage", "destroy",
            "gut", "ravage", "torch", "engulf", "attack", "ash", "ashes");
    /** Legal frames: "charged with arson", "convicted of arson", "an arson conviction". */
    private static final Set<String> LEGAL = Set.of("charge", "convict", "conviction", "accuse", "indict",
            "sentence", "plead", "acquit", "try", "trial", "record", "count");
    /** Heads that say arson is not what happened: "ruled out arson", "no evidence of arson". */
    private static final Set<String> DENIED = Set.of("rule", "exclude", "dismiss", "discount", "deny");
    /** Modals of arson as a predicate ("may have been arson"). */
    private static final Set<String> HEDGES = Set.of("may", "might", "could");
    /** Arson as the kind of a body or person, not an act: "arson investigators", "the arson squad". */
    private static final Set<String> KINDS = Set.of("investigator", "investigation", "unit", "squad", "team",
            "expert", "specialist", "detective", "dog", "department", "division", "task", "inspector", "probe");

    private final SentenceCoder coder;

    ArsonNoun(SentenceCoder coder) {
        this.coder = coder;
    }

    void code(Sent s, ActorFinder.Hits hits, SentenceCoder.Context ctx, List<CodedEvent> out) {
        if (out.stream().anyMatch(e -> e.code().startsWith("171") || e.code().startsWith("18")
                || e.code().startsWith("19"))) {
            return; // "arsonists torched the church": the verb coded it
        }
        for (int n = 0; n < s.size(); n++) {
            if (!s.pos[n].startsWith("NN") || !NOUNS.contains(lower(s.lemma[n])) || !told(s, n)) {
                continue;
            }
            String place = ctx.placeOfAct(s, new FoundActor("---", n, n, n, "arson", true), n);
            if (place == null) {
                return;
            }
            FoundActor src = new FoundActor(place, n, n, n, "implied agent: " + EventActor.UNNAMED + "arsonists of "
                    + place + " ('" + s.word[n] + "')", false);
            FoundActor tgt = new FoundActor(place + "CVL", n, n, n, EventActor.UNNAMED + "property in " + place, false);
            out.add(new CodedEvent(s, src, tgt, CODE, n, n, n, List.of(), false,
                    new EventCoderTrace("ArsonNoun", null, "ARSON_N/" + s.lemma[n].toUpperCase(Locale.ROOT))));
            return; // one burning per sentence
        }
    }

    /** Arson told as done: a fire or damage in the sentence, no legal frame, no denial, not a kind of body. */
    static boolean told(Sent s, int n) {
        boolean fire = false;
        for (int i = 0; i < s.size(); i++) {
            fire |= i != n && FIRE.contains(lower(s.lemma[i]));
        }
        if (!fire) {
            return false;
        }
        int h = s.head[n];
        for (int a = n; a >= 0; a = s.head[a]) {
            String l = lower(s.lemma[a]);
            if (a != n && (LEGAL.contains(l) || DENIED.contains(l)) || s.child(a, "neg") >= 0 && a != n
                    && s.isVerb(a)) {
                return false; // "was charged with arson", "did not suspect arson", "ruled out arson"
            }
            if (a == n && s.childrenWith(a, "aux").stream().anyMatch(x -> HEDGES.contains(lower(s.lemma[x])))) {
                return false; // "it may have been arson": the modal predicate reads as an intent (a threat), not an act
            }
            if (s.isVerb(a)) {
                break; // the clause that tells the arson
            }
        }
        boolean kind = s.rel[n].equals("compound") && h >= 0 && KINDS.contains(lower(s.lemma[h]));
        boolean none = s.childrenWith(n, "det").stream().anyMatch(d -> lower(s.lemma[d]).equals("no"));
        return !kind && !none;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
