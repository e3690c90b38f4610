package org.eventwire.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The private person an act of violence or an arrest falls on though no dictionary codes them:
 * "killing one person", "shot dead a shopkeeper", "stabbed his mother", "police arrested a man",
 * "John Smith was shot by a neighbour". A victim of violence is coded as the civilians of the
 * place's country (CVL), the code every report of the act can agree on whether it names the
 * victim or not; the arrested stay the country alone, as {@link UncodedPeople} codes them in an
 * agentless arrest (suspects are not told as civilians).
 */
final class PrivateTarget {
    /** Object pronouns that stand for a private person when no coded actor is meant. */
    private static final Set<String> PERSONAL = Set.of("him", "her", "them");

    /** Violent verbs that also name games and dismissals, read as violence only through a pattern ("fired at"). */
    private static final Set<String> AMBIGUOUS = Set.of("fire", "beat", "defeat", "hit", "strike", "knock", "stop");

    private PrivateTarget() {
    }

    /** Violence against people (18-20), arrests (173) and verdicts (116). */
    static boolean applies(String code) {
        return code != null && (civilians(code) || code.startsWith("173") || CourtVerdict.applies(code));
    }

    private static boolean civilians(String code) {
        return code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
    }

    /**
     * Who verb v acts on, or none: the passive subject ("John Smith was shot by"), else the object
     * ("killing one person"), else who was fired on ("opened fire on the crowd").
     */
    static List<FoundActor> of(Sent s, VerbMatcher.Match m, int v, boolean passive, List<FoundActor> sources,
                               SentenceCoder.Context ctx) {
        boolean civilians = civilians(m.code());
        if (m.pattern() == null && m.end() == m.start() && AMBIGUOUS.contains(s.lemma[v].toLowerCase(Locale.ROOT))
                || civilians && AgentlessPassive.naturalCause(s)) {
            return List.of(); // "decided to fire O'Brien", "beat Rahman": a dismissal, a game
        }
        // "he killed him": two pronouns of one sentence may be one person twice
        boolean pronounSource = sources.stream().anyMatch(a -> a.start() >= 0 && s.pos[a.start()].startsWith("PRP"));
        int t = passive ? ClauseRoles.passiveSubject(s, v) : s.child(v, "obj");
        FoundActor f = pronounSource && t >= 0 && s.pos[t].startsWith("PRP") ? null : at(s, t, v, civilians, ctx);
        for (int c : s.childrenWith(v, "obl")) {
            String k = s.caseOf(c);
            if (f == null && !passive && civilians && (k.equals("on") || k.equals("at") || k.equals("upon"))) {
                f = at(s, c, v, true, ctx);
            }
        }
        return f == null ? List.of() : List.of(f);
    }

    private static FoundActor at(Sent s, int t, int v, boolean civilians, SentenceCoder.Context ctx) {
        if (t < 0) {
            return null;
        }
        boolean pronoun = s.pos[t].startsWith("PRP") && PERSONAL.contains(s.word[t].toLowerCase(Locale.ROOT));
        if (!pronoun && !UncodedPeople.at(s, t)) {
            return null;
        }
        String country = ctx.placeOfAct(s, new FoundActor("---", t, t, t, "private person", true), v);
        if (country == null) {
            return null;
        }
        return new FoundActor(civilians ? country + "CVL" : country, t, t, t, "private person '" + s.word[t] + "'"
                + (civilians ? ": civilians of " : " of ") + country, false);
    }
}
