package org.eventwire.coding;

/**
 * Who stands where in a clause of the dependency parse: subjects (through control, coordination
 * and participles), by-agents, objects, and which tokens belong to a verb's own clause. Shared by
 * the constructions that code events.
 */
final class ClauseRoles {
    private ClauseRoles() {
    }

    /** The subject of the clause a participle hangs from through its noun: "[X] posted a message blaming Y". */
    static int participleHost(Sent s, int v) {
        int n = s.head[v];
        if (!s.rel[v].equals("acl") || n < 0 || s.head[n] < 0 || !s.isVerb(s.head[n])) {
            return -1;
        }
        return subjectOf(s, s.head[n]);
    }

    /** A "to" clause misattached as an adverbial: "vowed on Thursday to wage war". */
    static boolean infinitive(Sent s, int c) {
        if (!s.rel[c].equals("advcl")) {
            return false;
        }
        return s.childrenWith(c, "mark").stream().anyMatch(mk -> s.lemma[mk].equals("to"));
    }

    static boolean inClause(Sent s, int v, int i) {
        for (int x = i; x >= 0; x = s.head[x]) {
            if (s.head[x] == v) {
                String r = s.rel[x];
                return !(r.equals("conj") || r.equals("parataxis") || r.startsWith("advcl") && !infinitive(s, x)
                        || r.equals("punct") || r.startsWith("nsubj"));
            }
            if (x == v) {
                return false;
            }
        }
        return false;
    }

    /** The subject of v, climbing through control, coordination and participles. */
    static int subjectOf(Sent s, int v) {
        for (int x = v, guard = 0; x >= 0 && guard < 6; guard++) {
            int subj = -1;
            // two subjects happen in misparsed clauses: the one nearest before the verb is it
            for (int c : s.childrenWith(x, "nsubj")) {
                if (!s.rel[c].equals("nsubj:pass") && (subj < 0 || c < x && c > subj)) {
                    subj = c;
                }
            }
            if (subj >= 0) {
                return subj;
            }
            String r = s.rel[x];
            boolean objectControl = r.equals("xcomp") && s.head[x] >= 0 && s.child(s.head[x], "obj") >= 0;
            if (objectControl) {
                return -1;
            }
            if (r.equals("xcomp") && s.head[x] >= 0 && s.child(s.head[x], "aux:pass") >= 0) {
                // "X was allowed to leave": the passive's subject controls; without one, nobody
                int ps = s.child(s.head[x], "nsubj:pass");
                return ps;
            }
            if (r.equals("xcomp") || r.equals("conj") || r.startsWith("advcl") && s.child(x, "mark") < 0
                    || infinitive(s, x) || gerundOfManner(s, x)) {
                x = s.head[x];
            } else if (r.equals("acl") && s.pos[x].equals("VBG")) {
                return s.head[x];
            } else {
                return -1;
            }
        }
        return -1;
    }

    /** Marks of a gerund clause that shares its host's subject: "responded by throwing stones", "after meeting". */
    private static final java.util.Set<String> GERUND_MARKS = java.util.Set.of("by", "after", "before", "while",
            "upon", "without", "through");

    /** "[protesters] responded by throwing stones": the gerund's doer is the host clause's subject. */
    static boolean gerundOfManner(Sent s, int x) {
        return s.rel[x].startsWith("advcl") && s.pos[x].equals("VBG") && s.child(x, "nsubj") < 0
                && s.childrenWith(x, "mark").stream().anyMatch(mk -> GERUND_MARKS.contains(s.lemma[mk]));
    }

    static int byAgent(Sent s, int v) {
        for (int c : s.children(v)) {
            if ((s.rel[c].startsWith("obl") || s.rel[c].startsWith("nmod")) && s.caseOf(c).equals("by")) {
                return c;
            }
        }
        return -1;
    }

    static boolean hasObject(Sent s, int v) {
        return s.child(v, "obj") >= 0 || s.child(v, "ccomp") >= 0 || s.child(v, "obl") >= 0
                || s.child(v, "xcomp") >= 0 && hasObject(s, s.child(v, "xcomp"));
    }
}
