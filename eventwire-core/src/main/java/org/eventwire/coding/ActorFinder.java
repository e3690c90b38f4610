package org.eventwire.coding;

import org.eventwire.coding.dict.Dictionaries;
import org.eventwire.coding.dict.PhraseIndex;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Finds the actors of a noun phrase in the dependency tree: the first actor or agent phrase
 * met going down from the phrase head, combined with the country or role that modifies it
 * ("Osgiliath soldiers" = OSG + MIL, "the government of Gondor" = GON + GOV), one actor per
 * conjunct ("Fornost and Gondor"), roles sharing the conjuncts' countries.
 */
public final class ActorFinder {
    /** Dependents that belong to a clause of their own, not to the noun phrase. */
    private static final Set<String> CLAUSAL = Set.of("acl:relcl", "advcl", "parataxis", "punct", "cc",
            "ccomp", "csubj", "mark", "discourse", "vocative", "case", "det");
    /** Modifiers that belong to a name itself: "British Prime Minister Johnson". */
    private static final Set<String> OWN = Set.of("compound", "amod", "flat", "nmod:poss");
    private static final Set<String> PRONOUNS = Set.of("us", "it", "we", "i", "he", "she", "they", "am", "an", "in", "un");

    /** Roles that take the sector of the body they lead or speak for (their own code is GOV). */
    private static final Set<String> LEADING = Set.of("LEADER", "LEADERS", "HEAD", "HEADS", "CHIEF", "CHIEFS",
            "CHAIRMAN", "CHAIRMEN", "CHAIRWOMAN", "CHAIRPERSON", "CHAIR", "SPOKESPERSON", "SPOKESMAN", "SPOKESMEN",
            "SPOKESWOMAN", "SPOKESWOMEN", "OFFICIAL", "OFFICIALS", "PRESIDENT", "PRESIDENTS", "VICE_PRESIDENT",
            "VICE-PRESIDENT", "SECRETARY", "SECRETARY-GENERAL", "SECRETARY_GENERAL", "NEGOTIATOR", "NEGOTIATORS");

    private final Dictionaries dict;
    private final int date;

    /** Actor and agent hits of one sentence, by token. */
    public static final class Hits {
        final PhraseIndex.Hit[] actor;
        final PhraseIndex.Hit[] agent;

        Hits(int n) {
            actor = new PhraseIndex.Hit[n];
            agent = new PhraseIndex.Hit[n];
        }

        public boolean covered(int i) {
            return actor[i] != null || agent[i] != null;
        }

        public boolean actorAt(int i) {
            return actor[i] != null;
        }
    }

    public ActorFinder(Dictionaries dict, int date) {
        this.dict = dict;
        this.date = date;
    }

    private final java.util.Map<Sent, Hits> cache = new java.util.IdentityHashMap<>();

    /** The actor and agent phrases of the sentence (computed once per sentence). */
    public Hits hits(Sent s) {
        return cache.computeIfAbsent(s, this::scan);
    }

    private Hits scan(Sent s) {
        String[] toks = new String[s.size()];
        boolean[] canStart = new boolean[s.size()];
        for (int i = 0; i < toks.length; i++) {
            String w = s.word[i];
            // "us" and "it" are pronouns, not the US or Italy's code
            // lower-case function words ("who", "it", "us") are never actors
            boolean function = w.equals(w.toLowerCase()) && (PRONOUNS.contains(w) || s.pos[i].startsWith("W")
                    || s.pos[i].startsWith("PRP") || s.pos[i].equals("DT") || s.pos[i].equals("IN") || s.pos[i].equals("CC"));
            toks[i] = s.upper[i].replaceFirst("^[@#]", ""); // handles and hashtags: "#US airlines"
            // "the" may begin a dictionary phrase that has it ("THE_SHIRE"); no entry is "the" alone
            canStart[i] = !function || w.equals("the");
        }
        Hits h = new Hits(toks.length);
        for (PhraseIndex.Hit x : dict.actors.scan(toks, canStart)) {
            // actors are proper names: "poles" and "china" in lower case are common nouns
            if (x.entry().codeOn(date) != null && hasCapital(s, x)) {
                for (int i = x.start(); i <= x.end(); i++) {
                    h.actor[i] = x;
                }
            }
        }
        for (PhraseIndex.Hit x : dict.agents.scan(toks, canStart)) {
            // "military offensive", "general strike": a role word used as an adjective is no actor
            if (s.pos[x.end()].startsWith("JJ")) {
                continue;
            }
            for (int i = x.start(); i <= x.end(); i++) {
                if (h.actor[i] == null) {
                    h.agent[i] = x;
                }
            }
        }
        OrgNameWords.mark(s, dict.orgWords, toks, h);
        return h;
    }

    private static boolean hasCapital(Sent s, PhraseIndex.Hit x) {
        for (int i = x.start(); i <= x.end(); i++) {
            for (int k = 0; k < s.word[i].length(); k++) {
                if (Character.isUpperCase(s.word[i].charAt(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The actors of the phrase headed by root; tokens in exclude are not searched. */
    public List<FoundActor> find(Sent s, Hits h, int root, Set<Integer> exclude) {
        return find(s, h, root, exclude, 0);
    }

    /** Owners of roles are found by recursion; a misparsed tree can lead it back to the role: depth stops it. */
    private static final int MAX_DEPTH = 6;

    private List<FoundActor> find(Sent s, Hits h, int root, Set<Integer> exclude, int depth) {
        int anchor = firstCovered(s, h, root, exclude);
        if (anchor < 0 || depth > MAX_DEPTH) {
            return List.of();
        }
        int head = phraseHead(s, h, anchor);
        List<Integer> conjuncts = new ArrayList<>();
        conjuncts.add(head);
        collectConj(s, head, conjuncts, exclude);
        if (root != head && s.isNoun(root) && !s.dominates(head, root)) {
            // "German Chancellor Merkel and British Prime Minister Johnson": the conjunct hangs on
            // the name, not on the demonym that the first actor hit heads; only its own modifiers
            // count ("78 co-petitioners for a ruling on the UK parliament" is no actor)
            List<Integer> more = new ArrayList<>();
            collectConj(s, root, more, exclude);
            for (int c : more) {
                int a = firstCovered(s, h, c, exclude);
                if (a >= 0 && !conjuncts.contains(c) && (a == c || s.head[a] == c && OWN.contains(s.rel[a])
                        || s.head[a] >= 0 && s.head[s.head[a]] == c && OWN.contains(s.rel[a]) && OWN.contains(s.rel[s.head[a]]))) {
                    conjuncts.add(c);
                }
            }
        }
        List<FoundActor> out = new ArrayList<>();
        for (int c : conjuncts) {
            int a = c == head ? anchor : firstCovered(s, h, c, exclude);
            if (a >= 0) {
                out.addAll(resolve(s, h, a, exclude, depth));
            }
        }
        // roles without a country take those of their sibling conjuncts ("lawmakers and officials in Gondor")
        List<String> countries = new ArrayList<>();
        for (FoundActor f : out) {
            // only a country that follows its noun is shared ("lawmakers and officials in Gondor");
            // one before it is that noun's own ("the Danish media and government")
            if (!f.noCountry() && f.code().length() >= 3 && f.end() > f.head()) {
                String c = f.code().substring(0, 3);
                if (!countries.contains(c)) {
                    countries.add(c);
                }
            }
        }
        List<FoundActor> done = new ArrayList<>();
        for (FoundActor f : out) {
            if (f.noCountry() && !countries.isEmpty() && out.size() > 1) {
                for (String c : countries) {
                    done.add(f.withCode(c + f.code().substring(3), f.reason() + " + country of conjunct"));
                }
            } else {
                done.add(f);
            }
        }
        return done;
    }

    private void collectConj(Sent s, int head, List<Integer> into, Set<Integer> exclude) {
        for (int c : s.childrenWith(head, "conj")) {
            if (!exclude.contains(c) && !into.contains(c)) {
                into.add(c);
                collectConj(s, c, into, exclude);
            }
        }
    }

    /** Breadth first from root, by depth then position: the first token an actor or agent covers. */
    private int firstCovered(Sent s, Hits h, int root, Set<Integer> exclude) {
        // participles modifying the noun are part of it: "the links leading into Mordor"
        return breadthFirst(s, root, exclude, h::covered, c -> !s.isVerb(c) || s.rel[c].equals("acl"));
    }

    /** The first token, breadth first from root, that starts an actor phrase. */
    private int firstActor(Sent s, Hits h, int root, Set<Integer> exclude) {
        return breadthFirst(s, root, exclude, t -> h.actor[t] != null, c -> true);
    }

    /**
     * The first token under root, by depth then position, that passes found; the search does
     * not enter clauses, conjuncts, or children that enter rejects.
     */
    private static int breadthFirst(Sent s, int root, Set<Integer> exclude, java.util.function.IntPredicate found,
                                    java.util.function.IntPredicate enter) {
        Deque<Integer> q = new ArrayDeque<>();
        q.add(root);
        while (!q.isEmpty()) {
            int t = q.poll();
            if (exclude.contains(t)) {
                continue;
            }
            if (found.test(t)) {
                return t;
            }
            for (int c : s.children(t)) {
                if (!CLAUSAL.contains(s.rel[c]) && !s.rel[c].equals("conj") && enter.test(c)) {
                    q.add(c);
                }
            }
        }
        return -1;
    }

    /** The token of the hit at t whose head lies outside the hit: the phrase's syntactic head. */
    private static int phraseHead(Sent s, Hits h, int t) {
        PhraseIndex.Hit x = h.actor[t] != null ? h.actor[t] : h.agent[t];
        for (int i = x.start(); i <= x.end(); i++) {
            int hd = s.head[i];
            if (hd < x.start() || hd > x.end()) {
                return i;
            }
        }
        return t;
    }

    private List<FoundActor> resolve(Sent s, Hits h, int t, Set<Integer> exclude, int depth) {
        PhraseIndex.Hit x = h.actor[t] != null ? h.actor[t] : h.agent[t];
        int head = phraseHead(s, h, t);
        List<FoundActor> out = new ArrayList<>();
        if (h.actor[t] != null) {
            String code = x.entry().codeOn(date);
            PhraseIndex.Hit agent = nearbyAgent(s, h, head, x, exclude);
            if (agent != null && LEADING.contains(String.join("_", agent.entry().words()))) {
                // "Nigeria's main union leader": the union's sector
                PhraseIndex.Hit body = ledBody(s, h, phraseHead(s, h, agent.start()), agent, exclude);
                agent = body != null ? body : agent;
            }
            int roleHead = agent == null ? -1 : phraseHead(s, h, agent.start());
            for (String c : code.split("/")) {
                String combined = agent == null ? c : FormerRole.code(s, roleHead, combine(c, agent.entry().codeOn(0)));
                out.add(new FoundActor(combined, Math.min(x.start(), agent == null ? x.start() : agent.start()),
                        Math.max(x.end(), agent == null ? x.end() : agent.end()), head,
                        "actor " + String.join(" ", x.entry().words()) + (agent == null ? "" : " + agent "
                                + String.join(" ", agent.entry().words())), false));
            }
            return out;
        }
        String role = x.entry().codeOn(0);
        PhraseIndex.Hit led = LEADING.contains(String.join("_", x.entry().words())) ? ledBody(s, h, head, x, exclude) : null;
        if (led != null) {
            // "union leader", "the leader of the main opposition party": the body's sector, not GOV
            role = led.entry().codeOn(0);
        }
        // a country or named actor modifying the role: "Osgiliath soldiers", "soldiers in Niger"
        List<FoundActor> owners = new ArrayList<>();
        for (int c : modifiersOf(s, head, x)) {
            // "protesters carrying European Union flags" are not the EU's: a participle's words own no role
            if (owners.isEmpty() && !CLAUSAL.contains(s.rel[c]) && !s.rel[c].equals("conj") && !exclude.contains(c)
                    && !s.rel[c].startsWith("acl")
                    && (c < x.start() || c > x.end())) {
                int a = firstActor(s, h, c, exclude);
                if (a >= 0) {
                    owners.addAll(find(s, h, a, exclude, depth + 1));
                }
            }
        }
        for (int i = x.start(); i <= x.end() && owners.isEmpty(); i++) {
            if (h.actor[i] != null) {
                owners.add(resolve(s, h, i, exclude, depth + 1).get(0));
            }
        }
        if (owners.isEmpty()) {
            out.add(new FoundActor(FormerRole.code(s, head, combine("---", role)), x.start(), x.end(), head,
                    "role " + String.join(" ", x.entry().words()), true));
            return out;
        }
        for (FoundActor o : owners) {
            out.add(new FoundActor(FormerRole.code(s, head, combine(o.code(), role)), Math.min(o.start(), x.start()),
                    Math.max(o.end(), x.end()),
                    head, "role " + String.join(" ", x.entry().words()) + " of " + o.reason(), o.noCountry()));
        }
        return out;
    }

    /**
     * The dependents of a role phrase that lie outside it: the head's, then those of its other
     * words ("Arnor security officials": Arnor hangs on "security" inside SECURITY_OFFICIALS).
     */
    private static List<Integer> modifiersOf(Sent s, int head, PhraseIndex.Hit x) {
        List<Integer> out = new ArrayList<>(s.children(head));
        for (int i = x.start(); i <= x.end(); i++) {
            if (i != head) {
                for (int c : s.children(i)) {
                    if ((c < x.start() || c > x.end()) && !out.contains(c)) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The role noun of a body that a leading or speaking role belongs to: a compound ("union
     * leader") or an "of"/"for"/possessive modifier ("leader of the opposition party",
     * "spokesman for the army", "the party's chairman"); null if none.
     */
    private PhraseIndex.Hit ledBody(Sent s, Hits h, int head, PhraseIndex.Hit x, Set<Integer> exclude) {
        for (int c : s.children(head)) {
            String r = s.rel[c];
            boolean body = r.equals("compound") || r.equals("nmod:poss") || r.equals("nmod") && s.childrenWith(c, "case")
                    .stream().anyMatch(k -> s.lemma[k].equals("of") || s.lemma[k].equals("for"));
            if (!body || exclude.contains(c) || c >= x.start() && c <= x.end()) {
                continue;
            }
            int a = breadthFirst(s, c, exclude, t -> h.agent[t] != null && !(t >= x.start() && t <= x.end()),
                    t -> !s.isVerb(t));
            if (a >= 0 && !LEADING.contains(String.join("_", h.agent[a].entry().words()))) {
                return h.agent[a];
            }
        }
        return null;
    }

    /** An agent phrase among the actor's own modifiers ("MSF Arnor", "Gondor's government" seen from Gondor's head). */
    private static PhraseIndex.Hit nearbyAgent(Sent s, Hits h, int head, PhraseIndex.Hit actor, Set<Integer> exclude) {
        for (int i = actor.start() - 1; i >= 0 && i >= actor.start() - 3; i--) {
            if (h.agent[i] != null && s.dominates(head, i) && !exclude.contains(i)) {
                return h.agent[i];
            }
            if (!s.isNoun(i) && !s.pos[i].startsWith("JJ")) {
                break;
            }
        }
        // a role between the actor and the phrase head: "US State Secy Antony Blinken"
        for (int i = actor.end() + 1; i < s.size() && i <= actor.end() + 4; i++) {
            if (h.agent[i] != null && s.head[head] >= 0 && s.dominates(s.head[head], i) && !exclude.contains(i)) {
                return h.agent[i];
            }
            if (i == actor.end() + 1 && s.pos[i].equals("POS")) {
                continue; // "Gondor's Prime Minister Falastur"
            }
            if (!s.pos[i].startsWith("NN")) {
                break;
            }
        }
        // the actor names a body that an apposition describes: "Saudi Aramco, the state oil firm"
        int name = Set.of("compound", "amod", "nmod:poss").contains(s.rel[head]) ? s.head[head] : head;
        if (name >= 0 && s.pos[name].startsWith("NNP")) {
            for (int c : s.childrenWith(name, "appos")) {
                if (h.agent[c] != null && !exclude.contains(c) && h.actor[c] == null) {
                    return h.agent[c];
                }
            }
        }
        // the actor modifies a role noun: "Gondor's government", "Calenardhon government"
        int gov = s.head[head];
        if (gov >= 0 && h.agent[gov] != null && !exclude.contains(gov)
                && (s.rel[head].startsWith("nmod") || s.rel[head].equals("compound") || s.rel[head].equals("amod"))) {
            return h.agent[gov];
        }
        return null;
    }

    /** Country or actor code plus a role: "~GOV" appends, "NGO~" prefixes; full codes stay. */
    static String combine(String actor, String role) {
        String r = role.replace(" ", "");
        if (actor.length() > 3 && !actor.equals("---")) {
            return actor;
        }
        if (r.endsWith("~")) {
            return r.substring(0, r.length() - 1) + actor;
        }
        return actor + r.replace("~", "");
    }
}
