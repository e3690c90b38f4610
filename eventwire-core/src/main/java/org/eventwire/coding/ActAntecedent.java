package org.eventwire.coding;

import org.eventwire.model.Event;
import org.eventwire.model.EventActor;

import java.util.List;
import java.util.Set;

/**
 * A reaction to an act the article told before, named only by a definite act noun ("the move
 * was criticised by Kenya", "Germany condemned the operation", "the embassy declined the
 * request"): its target is whoever did that act, the doer of the latest earlier event of the
 * noun's kind. The sentence alone names no one, or only someone outside the noun's phrase.
 */
final class ActAntecedent {
    /** Reactions: praise and approval, criticism, rejection. */
    private static final Set<String> REACTION_ROOTS = Set.of("05", "11", "12");
    /** Nouns that stand for an act of force whatever the dictionary says of them. */
    private static final Set<String> FORCE = Set.of("operation", "offensive", "incursion", "raid", "strike",
            "attack", "assault", "crackdown", "bombing", "invasion", "intervention");
    /** Nouns that stand for an appeal or a demand. */
    private static final Set<String> ASKING = Set.of("call", "request", "appeal", "demand", "plea");
    /** Nouns that stand for any act already told. */
    private static final Set<String> ANY_ACT = Set.of("move", "decision", "step", "action", "measure", "plan",
            "proposal", "announcement", "policy", "initiative", "order", "ruling", "proclamation", "declaration");
    /** Kinds of act that are no "move": statements, meetings, praise and criticism themselves. */
    private static final Set<String> NOT_ACTS = Set.of("01", "04", "05", "11");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

    private final VerbMatcher matcher;

    ActAntecedent(VerbMatcher matcher) {
        this.matcher = matcher;
    }

    /** e with its target set to the doer of the act its object noun refers back to, or e unchanged. */
    CodedEvent retarget(CodedEvent e, List<Event> earlier) {
        Sent s = e.sentence();
        int v = e.verb();
        if (e.code() == null || e.code().length() < 2 || !REACTION_ROOTS.contains(e.code().substring(0, 2))
                || e.verb() < 0 || !s.isVerb(v)) {
            return e;
        }
        int n = s.child(v, "nsubj:pass") >= 0 ? s.child(v, "nsubj:pass") : s.child(v, "obj");
        if (n < 0 || !s.pos[n].equals("NN") && !s.pos[n].equals("NNS") || !definite(s, n)) {
            return e;
        }
        String lemma = s.lemma[n];
        String family = family(s, n, lemma);
        if (family == null || e.target() != null && !e.targetFromContext() && e.target().start() >= 0
                && (s.dominates(n, e.target().head()) || direct(s, v, e.target().head()))) {
            return e; // "criticised the move by Kenya", "rejected the request from Uganda": named here
        }
        List<Event> told = earlier.stream().filter(x -> !x.background() && x.evidence() != null
                && x.evidence().start() < s.begin[0]).sorted((x, y) -> Integer.compare(y.evidence().start(),
                x.evidence().start())).toList();
        for (Event a : told) {
            EventActor doer = a.source();
            if (doer == null || doer.code() == null || doer.code().equals(e.source().code()) || !fits(family, a.cameo())) {
                continue;
            }
            String name = doer.name() == null ? doer.code() : doer.name();
            return e.aimedAtEarlier(doer, n, "ActAntecedent", "the " + lemma + " of " + name + " (" + a.cameo() + ")");
        }
        return e;
    }

    /** "the" or "this" and no owner of its own ("Kenya's move", "the move by Kenya" name the doer). */
    private static boolean definite(Sent s, int n) {
        boolean det = false;
        for (int c : s.children(n)) {
            if (s.rel[c].equals("det") && DEFINITE.contains(s.lemma[c].toLowerCase(java.util.Locale.ROOT))) {
                det = true;
            }
            if (s.rel[c].equals("nmod:poss") || s.rel[c].startsWith("nmod") && Set.of("by", "of", "from")
                    .contains(s.caseOf(c))) {
                return false;
            }
        }
        return det;
    }

    /** A target attached to the verb itself ("declined the request from Uganda", "condemned Kenya for the move"). */
    private static boolean direct(Sent s, int v, int t) {
        int x = t;
        while (x >= 0 && s.head[x] != v) {
            x = s.head[x];
            if (x >= 0 && s.isVerb(x) && x != v) {
                return false;
            }
        }
        return x >= 0 && (s.rel[x].equals("obj") || s.rel[x].equals("iobj") || s.rel[x].startsWith("obl"));
    }

    /** FORCE, ASKING, a two-digit root of the dictionary's code for the noun, ANY, or null for no act noun. */
    private String family(Sent s, int n, String lemma) {
        if (FORCE.contains(lemma)) {
            return "FORCE";
        }
        if (ASKING.contains(lemma)) {
            return "ASKING";
        }
        VerbMatcher.Match m = matcher.match(s, n, true);
        if (m != null && m.code() != null && m.code().matches("\\d{2}.*")) {
            return m.code().substring(0, 2);
        }
        return ANY_ACT.contains(lemma) || deverbal(lemma) ? "ANY" : null;
    }

    /** Suffixes of nouns made from verbs of acts: closure, withdrawal, suspension, deployment, killing. */
    private static final List<String> ACT_SUFFIXES = List.of("ure", "al", "sion", "tion", "ment", "ing");
    /** Such nouns that name no act. */
    private static final Set<String> NOT_DEVERBAL = Set.of("situation", "nation", "region", "population", "union",
            "religion", "opinion", "station", "position", "condition", "tradition", "generation", "institution",
            "constitution", "legislation", "foundation", "mention", "nature", "future", "culture", "capital",
            "official", "hospital", "animal", "individual", "moment", "building", "morning", "evening", "meeting",
            "feeling", "thing", "everything", "something", "nothing", "anything", "king", "ring", "spring",
            "ceiling", "wing", "document", "instrument", "environment", "equipment", "department", "element");

    private static boolean deverbal(String lemma) {
        return lemma.length() > 5 && !NOT_DEVERBAL.contains(lemma) && ACT_SUFFIXES.stream().anyMatch(lemma::endsWith);
    }

    private static boolean fits(String family, String cameo) {
        if (cameo == null || cameo.length() < 2) {
            return false;
        }
        String root = cameo.substring(0, 2);
        return switch (family) {
            case "FORCE" -> root.compareTo("17") >= 0; // coercion and violence, not a deployment
            case "ASKING" -> root.equals("02") || root.equals("10");
            case "ANY" -> !NOT_ACTS.contains(root);
            default -> root.equals(family) || family.compareTo("17") >= 0 && root.compareTo("17") >= 0;
        };
    }
}
