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
                // "addressed reporters in New York, calling for justice": a participle set off by a
                // comma after the clause's object tells what the clause's subject did
                int host = s.head[x];
                int verb = host;
                // the clause's own verb: past nouns, and past verbs that only modify a noun or hang loose
                // ("destroyed a clinic supported by a group, killing ...": destroyed, not supported)
                while (verb >= 0 && (!s.isVerb(verb) || s.rel[verb].equals("dep") || s.rel[verb].startsWith("acl"))) {
                    verb = s.head[verb];
                }
                if (x > 0 && s.word[x - 1].equals(",") && !s.rel[host].startsWith("nsubj") && verb >= 0
                        && verb != x && subjectOf(s, verb) >= 0) {
                    return subjectOf(s, verb);
                }
                return host;
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

    /** A past participle modifying a noun: "two journalists [arrested] on Monday", "civilians [killed] in the raid". */
    static boolean passiveParticiple(Sent s, int v) {
        return s.pos[v].equals("VBN") && (s.rel[v].equals("acl") && s.head[v] >= 0 && s.isNoun(s.head[v])
                || reducedRelative(s, v));
    }

    /**
     * "Five civilians killed in the raid were buried": the parser makes the participle the root
     * with the noun as its subject; a past participle with a subject and no auxiliary is not a
     * finite verb (that would be tagged VBD), so the subject is what it acts on.
     */
    private static boolean reducedRelative(Sent s, int v) {
        int subj = s.child(v, "nsubj");
        if (subj < 0 || s.rel[subj].equals("nsubj:pass") || s.child(v, "aux") >= 0 || s.child(v, "cop") >= 0
                || s.child(v, "obj") >= 0) {
            return false;
        }
        if (s.rel[v].startsWith("csubj")) {
            return true; // "activists detained by police were released": parsed as the clause that was released
        }
        // the sentence's real predicate hangs from the participle without a subject of its own ("were buried");
        // a participle with none is a mistagged finite verb ("protesters called for ...")
        for (int c : s.children(v)) {
            // not a conjunct: "ECOWAS called for his release and warned" coordinates two finite verbs
            if (c > v && s.isVerb(c) && (s.rel[c].equals("dep") || s.rel[c].equals("parataxis"))
                    && s.child(c, "nsubj") < 0 && (s.child(c, "aux") >= 0 || s.child(c, "cop") >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** What a passive verb acts on: its passive subject, or the noun its participle modifies; -1 if none. */
    static int passiveSubject(Sent s, int v) {
        int ps = s.child(v, "nsubj:pass");
        if (ps < 0) {
            ps = StrandedSubject.of(s, v); // "arrested after the mayor was stabbed": a subject the parse left behind
        }
        if (ps >= 0 || !passiveParticiple(s, v)) {
            return ps;
        }
        return s.rel[v].equals("acl") ? s.head[v] : s.child(v, "nsubj");
    }

    /** Relative pronouns that stand for the noun their clause modifies. */
    private static final java.util.Set<String> RELATIVES = java.util.Set.of("who", "which", "that", "whom");

    /**
     * The noun a relative pronoun stands for ("the leader, [who] was arrested": the leader), or -1
     * when t is no relative pronoun of a relative clause.
     */
    static int antecedent(Sent s, int t) {
        if (!RELATIVES.contains(s.lemma[t]) || !(s.pos[t].startsWith("W") || s.pos[t].equals("IN"))) {
            return -1;
        }
        int v = s.head[t];
        return v >= 0 && s.rel[v].equals("acl:relcl") && s.head[v] >= 0 ? s.head[v] : -1;
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
