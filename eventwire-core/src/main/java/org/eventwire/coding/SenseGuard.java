package org.eventwire.coding;

import java.util.Set;

/**
 * Acts a condition names ("unless he agrees to step down", "until they gain control") are no
 * events. Verbs whose dictionary sense holds only in one sentence shape, checked before a verb match
 * codes anything: "the court demonstrated that ..." or "rallied supporters" show or gather, they
 * do not protest (a protest verb takes no object); "held" arrests a person, not "the meeting"
 * or "in contempt"; "spoke" consults only someone spoken with or to ("spoke on television",
 * "spoke of Turkey", "spoke to the press" consult no one).
 */
final class SenseGuard {
    private static final Set<String> PROTEST_VERBS = Set.of("demonstrate", "rally", "march", "protest");
    /** Nouns for people, who can be held: "two suspects were held". */
    private static final Set<String> HELD = Set.of("man", "men", "woman", "women", "person", "people", "suspect",
            "prisoner", "detainee", "hostage", "captive", "protester", "protestor", "demonstrator", "activist",
            "journalist", "fighter", "militant", "member", "citizen", "national", "worker", "student", "child",
            "civilian", "migrant", "refugee", "soldier", "officer", "leader", "opponent", "critic", "dissident");
    private static final Set<String> PARTNER_CASES = Set.of("with", "to");
    /** Who is spoken to without being consulted: "spoke to the press", "talked to reporters". */
    private static final Set<String> AUDIENCES = Set.of("press", "reporter", "journalist", "media", "crowd",
            "audience", "supporter", "newspaper", "broadcaster");

    private SenseGuard() {
    }

    /** Things said: delivering or sending them gives no aid. */
    private static final Set<String> SPOKEN = Set.of("statement", "speech", "address", "message", "remarks", "remark",
            "letter", "note", "verdict", "ruling", "warning", "ultimatum", "apology", "condolence", "condolences",
            "greeting", "greetings", "lecture", "sermon", "testimony", "report");

    /** What the verb acts on: its object, its passive subject, or the noun a participle modifies ("a statement delivered"). */
    private static String theme(Sent s, int v) {
        int t = s.child(v, "obj");
        if (t < 0) {
            t = ClauseRoles.passiveSubject(s, v);
        }
        if (t < 0 && s.head[v] >= 0 && s.isNoun(s.head[v]) && !s.rel[v].startsWith("nsubj")) {
            t = s.head[v];
        }
        return t < 0 ? "" : s.lemma[t].toLowerCase();
    }

    /** Marks of a clause that tells a condition, not an act: "unless the president agrees to step down". */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
    /** Marks of a clause that tells an act still to come when its verb is in the present: "until they gain control". */
    private static final Set<String> PENDING = Set.of("until", "till", "before", "once");

    /** Verbs whose complement is asked for, not done: "demanded that its partners refuse", "urged them to attack". */
    private static final Set<String> REQUESTS = Set.of("demand", "urge", "ask", "call", "request", "appeal", "plead",
            "implore", "encourage");

    /**
     * True when the verb's clause, or one it is part of, is a condition or a pending act ("unless
     * he agrees to step down", "rebels fighting to topple him" inside an "unless" clause), or the
     * complement of a request.
     */
    static boolean conditionClause(Sent s, int v) {
        for (int x = v, guard = 0; x >= 0 && guard < 12; x = s.head[x], guard++) {
            for (int mk : s.childrenWith(x, "mark")) {
                String w = s.lemma[mk];
                if (CONDITIONS.contains(w) || PENDING.contains(w) && (s.pos[x].equals("VBP") || s.pos[x].equals("VBZ"))) {
                    return true;
                }
            }
            boolean complement = s.rel[x].equals("ccomp") || s.rel[x].equals("xcomp") || ClauseRoles.infinitive(s, x);
            if (complement && s.head[x] >= 0 && REQUESTS.contains(s.lemma[s.head[x]])) {
                return true;
            }
        }
        return false;
    }

    /** True when the match's sense does not fit the verb's shape here, so it codes nothing. */
    static boolean vetoes(Sent s, ActorFinder.Hits hits, VerbMatcher.Match m, int v) {
        String code = m.code();
        if (code != null && conditionClause(s, v)) {
            // also "demanded that its partners refuse to recognize": the request is the event
            return true; // "unless Baghdad accepted its conditions": a condition, not an act
        }
        if (code != null && code.startsWith("07") && SPOKEN.contains(theme(s, v))) {
            // "delivered a speech", "a statement delivered via the spokesman, announced troops would
            // leave": words, no aid, whatever a pattern reads further on
            return true;
        }
        if (code == null || m.pattern() != null) {
            return false; // a pattern already read the words around the verb
        }
        String lemma = s.lemma[v];
        if (s.pos[v].equals("VBG") && s.child(v, "det") >= 0) {
            return true; // "the bombing of the market": a noun the tagger read as a verb
        }
        if (code.startsWith("14") && PROTEST_VERBS.contains(lemma) && !lemma.equals("protest")) {
            return s.child(v, "obj") >= 0 || s.child(v, "ccomp") >= 0;
        }
        if (code.equals("173") && (lemma.equals("hold") || lemma.equals("capture"))) {
            int held = ClauseRoles.passiveSubject(s, v) >= 0 ? ClauseRoles.passiveSubject(s, v) : s.child(v, "obj");
            if (held >= 0 && ClauseRoles.antecedent(s, held) >= 0) {
                held = ClauseRoles.antecedent(s, held); // "the helicopter that was captured"
            }
            return held < 0 || !(hits.covered(held) || s.ner[held].equals("PERSON") || HELD.contains(s.lemma[held])
                    || UncodedPeople.NOUNS.contains(s.lemma[held]) || s.pos[held].startsWith("PRP"));
        }
        if (code.startsWith("04") && (lemma.equals("speak") || lemma.equals("talk"))) {
            for (int c : s.children(v)) {
                if (s.rel[c].startsWith("obl") && PARTNER_CASES.contains(s.caseOf(c))
                        && !AUDIENCES.contains(s.lemma[c].toLowerCase())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
