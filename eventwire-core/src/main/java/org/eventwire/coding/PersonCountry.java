package org.eventwire.coding;

import org.eventwire.coding.dict.Dictionaries;
import org.eventwire.coding.dict.PhraseIndex;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * The country the article itself gives a person, wherever it does: a country or demonym in
 * the phrase of one of their name mentions ("Prime Minister Tom Ardley of Britain", "Hollis,
 * the British foreign secretary") or in their title. A person with such evidence keeps it; only
 * a person without any falls back to the article's focus country (a British minister quoted in
 * a US story is not USAGOV).
 */
final class PersonCountry {
    /** Dependents that start a clause or a coordinated phrase of their own, not the name's phrase. */
    private static final Set<String> OUTSIDE = Set.of("acl", "acl:relcl", "advcl", "parataxis", "ccomp", "csubj",
            "conj", "cc", "punct", "mark", "discourse", "vocative", "xcomp");

    private PersonCountry() {
    }

    /** A country named in the phrase headed by np (the name with its titles and appositions), or null. */
    static String ofPhrase(Sent s, ActorFinder.Hits h, int np, int date) {
        Deque<Integer> q = new ArrayDeque<>();
        q.add(np);
        while (!q.isEmpty()) {
            int t = q.poll();
            String c = country(h.actor[t], date);
            if (c != null) {
                return c;
            }
            for (int k : s.children(t)) {
                if (!OUTSIDE.contains(s.rel[k]) && !s.isVerb(k) && !placed(s, k)) {
                    q.add(k);
                }
            }
        }
        return null;
    }

    /** Prepositions of whom a person deals with, not whose they are. */
    private static final Set<String> DEALS = Set.of("to", "with", "against", "toward", "towards", "at");
    /** Nouns of kinship and closeness: their "of" phrase names another person. */
    private static final Set<String> KIN = Set.of("fiancée", "fiancee", "fiancé", "fiance", "wife", "husband", "widow",
            "widower", "son", "daughter", "mother", "father", "brother", "sister", "child", "parent", "family",
            "relative", "girlfriend", "boyfriend", "friend", "cousin", "uncle", "aunt", "nephew", "niece", "grandson",
            "granddaughter", "killer", "murderer", "victim");

    /**
     * The tokens of the phrase headed by np that say whom the person deals with ("ambassador to
     * the UN", "talks with Iran") or whose relative they are ("the fiancée of the journalist"):
     * no actor of the person's own.
     */

    static Set<Integer> placedTokens(Sent s, int np) {
        Set<Integer> out = new java.util.HashSet<>();
        Deque<Integer> q = new ArrayDeque<>();
        q.add(np);
        while (!q.isEmpty()) {
            int t = q.poll();
            for (int k : s.children(t)) {
                boolean deals = s.rel[k].startsWith("nmod") && s.childrenWith(k, "case").stream()
                        .anyMatch(c -> DEALS.contains(s.lemma[c]));
                // "the fiancée of the journalist", "the journalist's widow": the relative's role is not theirs
                boolean kin = KIN.contains(s.lemma[t].toLowerCase(java.util.Locale.ROOT))
                        && (s.rel[k].equals("nmod:poss") || s.rel[k].equals("nmod") && s.caseOf(k).equals("of"));
                if (deals || kin) {
                    for (int i = 0; i < s.size(); i++) {
                        if (s.dominates(k, i)) {
                            out.add(i);
                        }
                    }
                } else if (!OUTSIDE.contains(s.rel[k]) && !s.isVerb(k)) {
                    q.add(k);
                }
            }
        }
        return out;
    }

    /** "the minister in Washington", "talks with Iran": where the person is or whom they meet, not whose they are. */
    private static boolean placed(Sent s, int k) {
        return s.rel[k].startsWith("nmod") && !s.rel[k].equals("nmod:poss") && s.childrenWith(k, "case").stream()
                .anyMatch(c -> !s.lemma[c].equals("of") && !s.lemma[c].equals("from"));
    }

    /** A country or demonym in the title the entity stage read ("Turkish President"), or null. */
    static String ofTitle(Dictionaries dict, String title, int date) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String[] toks = title.replaceAll("['’]s\\b", "").trim().split("\\s+");
        boolean[] canStart = new boolean[toks.length];
        for (int i = 0; i < toks.length; i++) {
            // actors are proper names: only a capitalised word starts one ("the Nation" is no country)
            canStart[i] = !toks[i].isEmpty() && Character.isUpperCase(toks[i].charAt(0));
            toks[i] = toks[i].toUpperCase(java.util.Locale.ROOT);
        }
        for (PhraseIndex.Hit x : dict.actors.scan(toks, canStart)) {
            String c = country(x, date);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** The plain country code of an actor hit ("GBR"), null for other actors (IGOs, named groups). */
    private static String country(PhraseIndex.Hit x, int date) {
        if (x == null) {
            return null;
        }
        String code = x.entry().codeOn(date);
        return code != null && code.matches("[A-Z]{3}") && !Set.of("IGO", "NGO", "IMG", "MNC").contains(code) ? code : null;
    }
}
