package org.eventwire.coding;

import org.eventwire.model.EventActor;
import org.eventwire.model.EventCoderTrace;

import java.util.List;
import java.util.Set;

/**
 * Agentless passives whose agent the text implies: "dozens of demonstrators were detained" (the
 * police of the place: COP), "the minister was stabbed" (unnamed attackers: the place's
 * country), "he was killed in a US operation" (the actor of the operation). Only for arrests and
 * violence (CAMEO 17-20): a passive statement ("the plan was criticised") has no implied doer.
 * Property told burnt or stolen ("the church was torched", "jewels were stolen from a store") implies
 * unnamed arsonists or thieves of the place's country, and falls on the place's country alone.
 * The target is the passive subject; an unnamed person ("an individual", "two suspects") is
 * the place's people, coded with the country alone. The source's name says why it was implied.
 */
final class AgentlessPassive {
    /** Nouns for unnamed people who can be a target though no dictionary codes them. */
    static final Set<String> PEOPLE = Set.of("individual", "man", "woman", "person", "people", "suspect",
            "civilian", "resident", "child", "student", "worker", "passenger", "journalist", "teenager",
            "youth", "activist", "villager", "pilgrim", "worshipper", "victim", "member", "demonstrator",
            "protester", "protestor", "assailant", "attacker", "gunman", "militant");
    /** Nouns naming an operation whose actor did the act: "killed in a US operation". */
    private static final Set<String> OPERATIONS = Set.of("operation", "raid", "strike", "airstrike", "attack",
            "offensive", "bombing", "assault");

    /** Outcomes, not acts: "three police were injured" tells of harm, not of an attack by someone. */
    private static final Set<String> OUTCOMES = Set.of("injure", "wound", "hurt", "hospitalize", "hospitalise");

    /** Natural and accidental causes: "six were killed in the floods", "when a warehouse exploded" imply no attacker. */
    private static final Set<String> NATURAL = Set.of("flood", "flooding", "earthquake", "quake", "storm", "cyclone",
            "hurricane", "typhoon", "tornado", "landslide", "mudslide", "fire", "blaze", "wildfire", "crash", "accident",
            "collision", "avalanche", "tsunami", "eruption", "heatwave", "lightning", "stampede", "outbreak",
            "disease", "collapse", "derailment", "explosion", "rain", "drought", "famine", "epidemic");

    private final SentenceCoder coder;

    AgentlessPassive(SentenceCoder coder) {
        this.coder = coder;
    }

    static boolean applies(String code) {
        return code != null && (code.startsWith("17") || code.startsWith("18") || code.startsWith("19")
                || code.startsWith("20") || CourtVerdict.applies(code));
    }

    /** Whether an agentless passive of this verb implies a doer: the codes above, and accusations of crime. */
    static boolean implies(String code, Sent s, int v) {
        return applies(code) || AccusedOfCrime.applies(code, s, v);
    }

    /**
     * Of the coercive codes, only arrests, expulsions and repression have an implied doer: "the
     * party is banned" or "weapons were seized" state a condition, not a police act.
     */
    private static boolean implied(VerbMatcher.Match m) {
        String code = m.code();
        return !code.startsWith("17") || code.startsWith("173") || code.startsWith("174") || code.startsWith("175")
                || property(m);
    }

    /** Arson (1712: "was torched", "was set alight") and theft ("was stolen"): someone did it, whoever it was. */
    private static boolean property(VerbMatcher.Match m) {
        return m.code().startsWith("1712") || m.code().startsWith("171") && THEFT.contains(m.entry().block());
    }

    /** Lexicon blocks of theft: "seized" is also a police act, "stolen" is a thief's. */
    private static final Set<String> THEFT = Set.of("STEAL", "CLEAN_OUT");

    /** Bomb words: "killed in a car bomb explosion" is an attack, though "explosion" alone may be an accident. */
    private static final Set<String> BOMB_WORDS = Set.of("bomb", "bombing", "bomber", "ied", "grenade", "car-bomb");
    /** Arson words: "the arson fire", "set alight by arsonists" is no accidental blaze. */
    private static final Set<String> ARSON_WORDS = Set.of("arson", "arsonist", "torch", "firebomb", "firebombing");

    void code(Sent s, ActorFinder.Hits hits, VerbMatcher.Match m, int v, SentenceCoder.Context ctx,
              List<CodedEvent> out) {
        int ps = ClauseRoles.passiveSubject(s, v);
        if (ps >= 0 && ClauseRoles.antecedent(s, ps) >= 0) {
            ps = ClauseRoles.antecedent(s, ps); // "the mayor, who was stabbed"
        }
        if (ps < 0 || OUTCOMES.contains(s.lemma[v]) || !implied(m)
                || conditional(s, v)) {
            return; // "if he were arrested": no act happened, so no doer is implied
        }
        boolean accused = AccusedOfCrime.applies(m.code(), s, v);
        if (m.code().startsWith("112") && !accused) {
            return; // "he was accused of lying": no implied accuser
        }
        boolean court = CourtVerdict.applies(m.code()) || accused;
        boolean property = property(m);
        boolean arrest = m.code().startsWith("17") && !property || court;
        if (!arrest && naturalCause(s)) {
            return; // a fire or a flood implies no attacker; an arrest after one still implies the police
        }
        if (!arrest && !property && ctx.disasterStory() && !ViolenceCue.told(s)) {
            return; // "ten people were killed", in a report on a quake: its toll
        }
        List<FoundActor> targets = coder.actorsAt(s, hits, ps, Set.of(v), ctx);
        String place = ctx.placeOfAct(s, new FoundActor("---", v, v, v, "verb", true), v);
        if (targets.isEmpty() && property && place != null) {
            // "the church was torched": what burnt or was taken belongs to the place's people
            targets = List.of(new FoundActor(place + "CVL", ps, ps, ps, EventActor.UNNAMED + s.word[ps] + " in " + place, false));
        }
        if (targets.isEmpty()) {
            // "after he was arrested": a person the article gives no role is one of the place's people
            boolean person = arrest && (s.lemma[ps].equals("he") || s.lemma[ps].equals("she"));
            if (!(person || PEOPLE.contains(s.lemma[ps]) || UncodedPeople.at(s, ps)) || place == null
                    || !arrest && !ViolenceCue.told(s)) {
                return; // "the climber was killed": a private person's death, told with no act of violence
            }
            // a victim of violence is the place's civilians, as UncodedVictim codes one named as an object
            targets = List.of(new FoundActor(arrest ? place : place + "CVL", ps, ps, ps,
                    EventActor.UNNAMED + s.word[ps] + " in " + place, false));
        }
        FoundActor operator = operator(s, hits, v, ctx);
        for (FoundActor t : targets) {
            FoundActor src = operator;
            if (src == null) {
                String country = t.code().length() >= 3 && !t.code().startsWith("IGO") && !t.code().startsWith("---")
                        ? t.code().substring(0, 3) : place;
                if (country == null) {
                    continue;
                }
                String who = arrest ? "police" : property ? (m.code().startsWith("1712") ? "arsonists" : "thieves") : "attackers";
                src = accused ? AccusedOfCrime.accuser(country, s, v) : court ? CourtVerdict.court(country, s, v) : new FoundActor(arrest ? country + "COP" : country, v, v, v,
                        "implied agent: " + EventActor.UNNAMED + who + " of " + country + " (agentless passive '" + s.word[v] + "')",
                        false);
            }
            if (src.code().equals(t.code())) {
                continue;
            }
            out.add(new CodedEvent(s, src, t, accused && m.code().equals("112") ? "1121" : m.code(), v, m.start(), m.end(), List.of(), false,
                    new EventCoderTrace(accused ? "AccusedOfCrime" : court ? "CourtVerdict" : "AgentlessPassive", m.pattern() == null ? null : m.pattern().text(),
                            m.entry().block() + "/" + m.entry().base())));
        }
    }

    /** Verbs whose "fire" is gunfire or arson, no blaze by itself: "opened fire", "set fire to". */
    private static final Set<String> SHOOTING = Set.of("open", "return", "exchange", "set", "draw", "hold", "cease");

    /** A natural or accidental cause in the sentence ("killed in the floods", "when a warehouse exploded"), not a bomb. */
    static boolean naturalCause(Sent s) {
        boolean bomb = false;
        for (int i = 0; i < s.size(); i++) {
            bomb |= BOMB_WORDS.contains(s.lemma[i]) || ARSON_WORDS.contains(s.lemma[i].toLowerCase(java.util.Locale.ROOT));
        }
        for (int i = 0; i < s.size(); i++) {
            boolean gunfire = s.lemma[i].equals("fire") && s.head[i] >= 0 && SHOOTING.contains(s.lemma[s.head[i]]);
            String lemma = s.lemma[i].toLowerCase(java.util.Locale.ROOT); // "Earthquake Levels Villages"
            if (!bomb && !gunfire && (NATURAL.contains(lemma) || lemma.equals("explode"))
                    || lemma.equals("drown")) {
                return true;
            }
        }
        return false;
    }

    /** Nouns whose "that" clause is told as unproven: "denied all claims that he was slain". */
    private static final Set<String> UNASSERTED = Set.of("claim", "allegation", "rumour", "rumor", "speculation",
            "suggestion", "theory", "fear", "possibility", "doubt", "hypothesis");

    /** "would be arrested", "if they are detained", "whether he was killed", "claims that he was slain": told, not done. */
    private static boolean conditional(Sent s, int v) {
        boolean unasserted = (s.rel[v].startsWith("acl") || s.rel[v].equals("ccomp")) && s.head[v] >= 0
                && UNASSERTED.contains(s.lemma[s.head[v]]);
        return unasserted || new ModalityDetector().read(s, v).has("HYPOTHETICAL") || s.childrenWith(v, "mark").stream()
                .anyMatch(mk -> s.lemma[mk].equals("if") || s.lemma[mk].equals("unless") || s.lemma[mk].equals("whether"));
    }

    /** The actor of an operation the verb's clause names: "in a US counter-terrorism operation". */
    private FoundActor operator(Sent s, ActorFinder.Hits hits, int v, SentenceCoder.Context ctx) {
        for (int c : s.childrenWith(v, "obl")) {
            if (OPERATIONS.contains(s.lemma[c]) && (s.caseOf(c).equals("in") || s.caseOf(c).equals("during"))) {
                List<FoundActor> f = coder.actorsAt(s, hits, c, Set.of(v), ctx);
                if (!f.isEmpty() && !f.get(0).noCountry()) {
                    return f.get(0);
                }
            }
        }
        return null;
    }
}
