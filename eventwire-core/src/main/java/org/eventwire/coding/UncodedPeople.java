package org.eventwire.coding;

import java.util.Locale;
import java.util.Set;

/**
 * People an arrest or an attack can fall on though no dictionary codes them: unnamed people told
 * by what they are or did ("a man", "two suspects", "23 pirates", "the gunman") and private
 * people named but holding no coded role ("Vincent Jackson was arrested"). A CAMEO coder codes
 * them with the country of the place alone, as the people of that country; without a place they
 * stay uncoded.
 */
final class UncodedPeople {
    /** Nouns for people by what they are or are said to have done. */
    static final Set<String> NOUNS = Set.of("individual", "man", "woman", "person", "people", "suspect",
            "civilian", "resident", "child", "student", "worker", "passenger", "journalist", "teenager", "teen",
            "youth", "activist", "villager", "pilgrim", "worshipper", "victim", "member", "demonstrator",
            "protester", "protestor", "assailant", "attacker", "gunman", "militant", "pirate", "robber", "thief",
            "burglar", "killer", "murderer", "shooter", "inmate", "prisoner", "convict", "fugitive", "escapee",
            "driver", "motorist", "boy", "girl", "mother", "father", "son", "daughter", "wife", "husband",
            "brother", "sister", "employee", "mobster", "gangster", "smuggler", "trafficker", "dealer", "bandit",
            "brigand", "hijacker", "kidnapper", "arsonist", "player", "athlete", "actor", "actress", "singer",
            "shopkeeper", "owner", "customer", "pedestrian", "neighbour", "neighbor", "girlfriend", "boyfriend",
            "partner", "co-worker", "coworker", "colleague", "friend", "relative", "teacher", "guard", "employer",
            "stranger", "gunwoman", "defendant", "accused", "mafioso", "hostage",
            "clerk", "cashier", "tenant", "landlord", "mechanic", "janitor", "salesman", "pensioner", "retiree",
            "boss", "godfather", "kingpin", "capo", "ringleader", "accomplice", "culprit", "perpetrator", "offender",
            "rapist", "molester", "fan", "spectator", "tourist", "visitor", "cyclist", "shopper", "guest", "patient",
            "baby", "infant", "toddler", "schoolgirl", "schoolboy", "pupil", "mom", "dad", "grandmother",
            "grandfather", "uncle", "aunt", "cousin", "nephew", "niece", "fiance", "fiancee", "lover", "ex-wife",
            "ex-husband", "ex-girlfriend", "ex-boyfriend", "thug", "hooligan", "intruder", "looter", "rioter",
            "vigilante", "mob", "cultist", "gang", "poet", "writer", "blogger", "lawyer", "farmer", "herder", "herdsman",
            "shepherd", "trader", "vendor");

    private UncodedPeople() {
    }

    /** True when token t heads a noun for people, or is (the end of) a person's name. */
    static boolean at(Sent s, int t) {
        return t >= 0 && (NOUNS.contains(s.lemma[t].toLowerCase(Locale.ROOT)) || s.ner[t].equals("PERSON"));
    }
}
