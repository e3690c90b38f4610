package org.eventwire.coding;

/**
 * The subject the parser left stranded before a passive verb: in "arrested after Adamowicz,
 * the mayor of Gdansk, was stabbed" it reads "after Adamowicz" as a phrase of "arrested" and
 * hangs "was stabbed" on it with no subject. The noun phrase ending right before the verb's
 * auxiliaries, attached elsewhere, is the one the passive is about.
 */
final class StrandedSubject {
    private StrandedSubject() {
    }

    /** The head of the noun phrase right before passive v's auxiliaries, or -1. */
    static int of(Sent s, int v) {
        if (s.child(v, "aux:pass") < 0 || s.child(v, "nsubj") >= 0 || s.child(v, "nsubj:pass") >= 0
                || s.child(v, "mark") >= 0 || s.rel[v].equals("acl:relcl")) {
            return -1;
        }
        int first = v;
        for (int c : s.children(v)) {
            if (s.rel[c].startsWith("aux") && c < first) {
                first = c;
            }
        }
        int t = first - 1;
        while (t >= 0 && s.rel[t].equals("punct") && s.word[t].equals(",")) {
            t--;
        }
        if (t < 0 || !s.isNoun(t)) {
            return -1;
        }
        // climb the phrase ("Gdansk" -> "city" -> "mayor" -> "Adamowicz") while it stays before the verb
        while (s.head[t] >= 0 && s.head[t] < first && s.isNoun(s.head[t]) && !s.rel[t].equals("conj")) {
            t = s.head[t];
        }
        int host = s.head[t];
        boolean elsewhere = host >= 0 && host != v && !s.dominates(v, t)
                && (s.rel[t].startsWith("obl") || s.rel[t].equals("obj") || s.rel[t].startsWith("nmod"));
        return elsewhere && s.isNoun(t) && !s.pos[t].startsWith("PRP") ? t : -1;
    }
}
