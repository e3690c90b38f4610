package org.eventwire.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Violence and theft done by private people no dictionary codes: "a former employee opened
 * fire", "two men shot dead a shopkeeper", "the wounds were inflicted by Jose Orozco". A CAMEO
 * coder codes such a doer with the country of the place alone, as the people of that country
 * (the victims of {@link UncodedVictim} are that country's civilians). Only acts whose every
 * sense is violent qualify: "beat", "fight", "strike", "hit" and a bare "fire" are also sports,
 * accidents and dismissals ("the Colts beat the Jaguars", "the team fired its coach").
 */
final class PrivateDoer {
    /** People who may be told as an act's doer though no dictionary codes them. */
    private static final Set<String> NOT_DOERS = Set.of("victim", "driver", "motorist", "passenger", "player",
            "athlete", "actor", "actress", "singer", "pilgrim", "worshipper", "journalist");

    /** Prepositions of what a shot or an attack was aimed at. */
    private static final Set<String> AIMED = Set.of("at", "upon");

    /** Objects of "steal", "shoot", "hit" in games and idioms: no loot, no victim. */
    private static final Set<String> GAME = Set.of("ball", "base", "pass", "puck", "goal", "basket", "show",
            "spotlight", "headline", "limelight", "heart", "glance", "kiss", "march", "round", "par", "birdie", "bogey",
            "film", "movie", "scene", "video", "picture", "photo", "footage", "episode", "hoop", "free", "three-pointer",
            "jumper", "layup", "rebound", "point", "percent");

    /** Violent verbs that also name sports, accidents or dismissals. */
    private static final Set<String> AMBIGUOUS = Set.of("beat", "defeat", "fight", "strike", "hit", "knock", "fire",
            "storm", "clash", "raid", "overrun", "retake", "injure", "wound", "hurt", "destroy", "demolish", "seize",
            "bomb", "shell", "invade", "occupy", "capture");

    /** How the source's reason begins: a private person of a country is not the country acting on its own people. */
    private static final String WHY = "private doer";

    private PrivateDoer() {
    }

    static boolean is(FoundActor a) {
        return a != null && a.reason() != null && a.reason().startsWith(WHY);
    }

    /** Acts a private person can do that CAMEO codes: violence (18-20) and theft or destruction of property (171). */
    static boolean applies(VerbMatcher.Match m, Sent s, int v) {
        String code = m.code();
        // violence a person does (18, 190 fight, 193 small arms) and theft (171); not occupying
        // territory or shelling, which private people are not told to do ("took control of the clans")
        if (code == null || !(code.startsWith("18") || code.equals("190") || code.startsWith("193")
                || code.startsWith("171"))) {
            return false;
        }
        // "opened fire", "fired at": a pattern made the reading; a bare "fire" may be a dismissal
        // a phrase ("beat up", "gun down") is as unambiguous as a pattern
        return !AMBIGUOUS.contains(s.lemma[v].toLowerCase(Locale.ROOT)) || m.pattern() != null || m.end() > m.start();
    }

    /**
     * The doer at token t as the people of the place's country, or none when t is no private
     * person (or names someone a dictionary codes) or no country is known.
     */
    static List<FoundActor> at(Sent s, int t, int v, String code, boolean passive, SentenceCoder.Context ctx) {
        // "Woman killed in Queens": a headline's bare participle is a passive, its subject the victim;
        // "Drake shot", "shot 35 percent", "stole the ball": an act with no victim or loot told is a game's
        boolean bareParticiple = !passive && s.pos[v].equals("VBN") && s.child(v, "aux") < 0;
        int obj = s.child(v, "obj");
        boolean theft = code.startsWith("171");
        boolean acted = passive || obj >= 0 && !GAME.contains(s.lemma[obj].toLowerCase(Locale.ROOT)) && !s.pos[obj].equals("CD")
                || s.childrenWith(v, "obl").stream().anyMatch(c -> AIMED.contains(s.caseOf(c)) // "fired at the guards"
                || theft && s.caseOf(c).equals("with")); // "made off with the jewels"
        if (t < 0 || bareParticiple || !acted || AgentlessPassive.naturalCause(s) || s.pos[t].startsWith("PRP") || NOT_DOERS.contains(s.lemma[t].toLowerCase(Locale.ROOT))
                || !UncodedPeople.at(s, t)) {
            return List.of();
        }
        String country = ctx.placeOfAct(s, new FoundActor("---", t, t, t, "private doer", true), v);
        if (country == null) {
            return List.of();
        }
        return List.of(new FoundActor(country, t, t, t, WHY + " '" + s.word[t] + "' of " + country, false));
    }
}
