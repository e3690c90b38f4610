package org.eventwire.coding;

import java.util.Locale;
import java.util.Set;

/**
 * An accusation of a crime told without the accuser: "she is accused of murdering two women",
 * "the driver is accused of manslaughter". News writes so of the prosecution's case, so the
 * implied accuser is the judiciary of the place's country (prosecutors are JUD), and the code
 * is CAMEO's accusation of crime (1121). An accusation of anything else ("accused of lying")
 * has no implied accuser and is not coded.
 */
final class AccusedOfCrime {
    /** Crimes, as nouns or as the verbs of their gerunds ("of murdering", "of arson"). */
    private static final Set<String> CRIMES = Set.of("murder", "kill", "killing", "manslaughter", "homicide", "slaying",
            "shoot", "shooting", "stab", "stabbing", "rape", "assault", "robbery", "rob", "steal", "theft", "burglary",
            "arson", "fraud", "embezzlement", "embezzle", "bribery", "corruption", "kidnapping", "kidnap", "abduct",
            "abduction", "trafficking", "smuggling", "smuggle", "extortion", "attack", "bombing", "terrorism",
            "piracy", "hijack", "hijacking", "crime", "offence", "offense", "felony", "misdemeanor", "misdemeanour",
            "abuse", "molest", "torture", "set");

    private AccusedOfCrime() {
    }

    /** True for an accusation code whose "of" complement names a crime. */
    static boolean applies(String code, Sent s, int v) {
        if (code == null || !code.startsWith("112")) {
            return false;
        }
        for (int c : s.children(v)) {
            if (s.caseOf(c).equals("of") || s.rel[c].equals("advcl") && s.childrenWith(c, "mark").stream()
                    .anyMatch(k -> s.lemma[k].equals("of"))) {
                int crime = s.child(c, "amod") >= 0 && s.isVerb(s.child(c, "amod")) ? s.child(c, "amod") : c;
                if (CRIMES.contains(s.lemma[crime].toLowerCase(Locale.ROOT)) || CRIMES.contains(s.lemma[c].toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The implied accuser: the judiciary of a country. */
    static FoundActor accuser(String country, Sent s, int v) {
        return new FoundActor(country + "JUD", v, v, v,
                "implied accuser: the prosecution of " + country + " (agentless passive '" + s.word[v] + "')", false);
    }
}
