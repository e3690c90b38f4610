package org.eventwire.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word lists the entity stages share: titles, pronouns, role nouns. Written here from usage. */
public final class Lexicon {
    private Lexicon() {
    }

    /** Head words of a person's title ("Secretary of State", "Prime Minister", "Spokesperson"). */
    static final Set<String> TITLE_WORDS = Set.copyOf(List.of("president", "vice-president", "minister",
            "secretary", "secretary-general", "spokesperson", "spokesman", "spokeswoman",
            "ambassador", "envoy", "general", "gen.", "colonel", "col.", "lieutenant", "lt.",
            "major", "captain", "capt.", "commander", "admiral", "senator", "sen.", "rep.",
            "representative", "congressman", "congresswoman", "governor", "gov.", "mayor",
            "king", "queen", "prince", "princess", "sheikh", "emir", "chancellor", "premier",
            "chief", "director", "director-general", "chairman", "chairwoman", "chair",
            "leader", "judge", "justice", "prosecutor", "attorney", "commissioner", "speaker",
            "deputy", "foreign", "defence", "defense", "interior", "head", "officer",
            "coordinator", "adviser", "advisor", "pope", "cardinal", "bishop", "archbishop",
            "imam", "rabbi", "mr.", "mrs.", "ms.", "dr.", "prof.", "sir", "lord", "dame",
            "sultan", "crown", "presidential", "state",
            "ceo", "founder", "executive", "professor", "lawmaker", "mp", "candidate", "nominee"));

    /** Words that head a title and may stand alone before a name ("President Bazoum"). */
    static final Set<String> TITLE_HEADS = Set.copyOf(List.of("president", "minister", "secretary",
            "secretary-general", "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy",
            "general", "gen.", "colonel", "col.", "commander", "senator", "sen.", "rep.", "governor",
            "gov.", "mayor", "king", "queen", "prince", "sheikh", "emir", "chancellor", "premier",
            "chief", "director", "director-general", "chairman", "chairwoman", "leader", "judge",
            "justice", "prosecutor", "commissioner", "speaker", "pope", "adviser", "advisor",
            "ceo", "professor", "lawmaker", "candidate", "nominee", "officer", "coordinator"));

    /** Cabinet portfolios: "State" in "Secretary of State" is not an organisation. */
    static final Set<String> PORTFOLIOS = Set.copyOf(List.of("state", "defense", "defence", "interior", "health",
            "justice", "commerce", "energy", "treasury", "agriculture", "labor", "labour", "education",
            "finance", "foreign affairs", "homeland security", "transportation", "trade"));

    static final Set<String> PERSON_PRONOUNS = Set.copyOf(List.of("he", "him", "his", "she", "her", "hers",
            "himself", "herself"));

    /**
     * Role nouns that name a collective actor ("soldiers", "the presidential guard", "security
     * forces"); the actor coder turns them into sector codes.
     */
    static final Set<String> GROUP_HEADS = Set.copyOf(List.of("soldiers", "soldier", "troops", "army", "military",
            "guard", "guards", "forces", "police", "policemen", "protesters", "protestors",
            "demonstrators", "rebels", "militants", "insurgents", "fighters", "militia", "militias",
            "junta", "presidency", "government", "opposition", "officials", "gunmen", "students",
            "workers", "farmers", "activists", "voters", "residents", "civilians", "refugees",
            "ministry", "parliament", "legislature", "cabinet", "navy", "coast guard", "mutineers",
            "jihadists", "terrorists", "lawmakers", "judges", "prosecutors", "journalists"));

    public static boolean isTitleWord(String w) {
        return TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }

    public static boolean isTitleHead(String w) {
        return TITLE_HEADS.contains(w.toLowerCase(Locale.ROOT));
    }
}
