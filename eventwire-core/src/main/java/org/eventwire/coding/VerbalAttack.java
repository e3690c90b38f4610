package org.eventwire.coding;

import java.util.Set;

/**
 * A verb of violence whose object is something said or decided is criticism, not force:
 * "Erdogan attacked the proclamation", "the minister assaulted the new policy", "blasted
 * the decision" are CAMEO 111. The rest of the clause (source, target in the object's phrase)
 * reads as for the violent sense.
 */
final class VerbalAttack {
    static final String CODE = "111";
    /** Things said, decided or proposed: an attack on them is in words. */
    private static final Set<String> SAID_OR_DECIDED = Set.of("decision", "move", "proclamation", "declaration",
            "statement", "remark", "comment", "speech", "policy", "plan", "proposal", "law", "bill", "legislation",
            "announcement", "claim", "report", "recognition", "ruling", "deal", "agreement", "approach", "stance",
            "rhetoric", "budget", "reform", "decree", "measure", "initiative", "idea", "handling", "response",
            "tweet", "verdict"); // not "positions" or "orders": troops hold and give them

    private VerbalAttack() {
    }

    /** The match read as criticism when v's violent sense has a said or decided thing as object, else m. */
    static VerbMatcher.Match reading(Sent s, ActorFinder.Hits hits, VerbMatcher.Match m, int v) {
        if (m.code() == null || !(m.code().startsWith("18") || m.code().startsWith("19"))) {
            return m;
        }
        int obj = s.child(v, "obj");
        if (obj < 0 || hits.covered(obj) || !s.pos[obj].startsWith("NN") || !SAID_OR_DECIDED.contains(s.lemma[obj])) {
            return m;
        }
        return new VerbMatcher.Match(m.entry(), m.pattern(), CODE, null, m.start(), m.end(), m.sourceAt(), m.targetAt());
    }
}
