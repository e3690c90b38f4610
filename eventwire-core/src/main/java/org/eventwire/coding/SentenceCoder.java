package org.eventwire.coding;

import static org.eventwire.coding.ClauseRoles.byAgent;
import static org.eventwire.coding.ClauseRoles.hasObject;
import static org.eventwire.coding.ClauseRoles.inClause;
import static org.eventwire.coding.ClauseRoles.infinitive;
import static org.eventwire.coding.ClauseRoles.participleHost;
import static org.eventwire.coding.ClauseRoles.subjectOf;

import org.eventwire.coding.dict.Dictionaries;
import org.eventwire.coding.dict.VerbPattern;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Codes the events of one sentence from its dependency parse: for every dictionary verb, the
 * source from its subject (passive: the "by" agent; control and coordination: the governing
 * verb's subject), the target from its object or prepositional dependents (passive: the
 * subject), one event per source-target pair of conjoined actors. Nominal events come from
 * event nouns with a "by"/possessive source and an "of"/"against" target.
 */
public final class SentenceCoder {
    /** Resolves what the sentence alone cannot: pronouns, roles without a country. */
    public interface Context {
        /** The actor a pronoun (he, she, it, they, we, I) at token t stands for, or null. */
        FoundActor pronoun(Sent s, int t);

        /** A country for an actor found with a role only, or null to leave it open. */
        String countryFor(Sent s, FoundActor a);

        /** A target for an event whose object names no actor, or null. */
        FoundActor fallbackTarget(Sent s, int verb);

        /**
         * True to read an agentless passive as active, as PETRARCH does ("The Philippines was
         * criticized over its dispute with Eriador" codes the Philippines as source).
         */
        default boolean agentlessPassiveAsActive() {
            return false;
        }

        /**
         * The country of a private person no dictionary codes, who acts or is acted on at verb v: the
         * person's own phrase ("a Vancouver man"), else where the act happened as its event is located
         * ("One man was shot" after "in Vancouver"), else as for a role ({@link #countryFor}).
         */
        default String placeOfAct(Sent s, FoundActor a, int v) {
            return countryFor(s, a);
        }

        /**
         * True when the article's lead tells of a natural or accidental disaster (a quake, a flood,
         * a crash): a later "ten people were killed" told with no word of violence is the
         * disaster's toll, not an act of unnamed attackers.
         */
        default boolean disasterStory() {
            return false;
        }

        /** The actor of a name the sentence alone cannot code ("Blinken" after "US Secretary of State Antony Blinken"), or null. */
        FoundActor named(Sent s, int head, Set<Integer> exclude);
    }

    private static final Set<String> TARGET_RELS = Set.of("obj", "iobj", "obl", "nmod", "xcomp", "ccomp",
            "dep", "obl:tmod", "advmod");

    private final VerbMatcher matcher;
    private final ActorFinder finder;
    private final Dictionaries dict;

    public SentenceCoder(Dictionaries dict, int date) {
        this.dict = dict;
        this.matcher = new VerbMatcher(dict);
        this.finder = new ActorFinder(dict, date);
    }

    public ActorFinder finder() {
        return finder;
    }

    /** True when the sentence holds a discard phrase of the given kind. */
    public boolean discarded(Sent s, boolean story) {
        return !(story ? dict.storyDiscards : dict.sentenceDiscards).scan(s.upper).isEmpty();
    }

    public List<CodedEvent> code(Sent s, Context ctx) {
        ActorFinder.Hits hits = finder.hits(s);
        List<CodedEvent> out = new ArrayList<>();
        for (VerbMatcher.Match m : matcher.all(s)) {
            codeVerb(s, hits, m, ctx, out);
        }
        NounAndObligationCoder more = new NounAndObligationCoder(this, matcher);
        more.codeNouns(s, hits, ctx, out);
        more.codeObligations(s, hits, ctx, out);
        new LightVerbNoun(this, matcher).code(s, hits, ctx, out);
        new ProtestNoun(this).code(s, hits, ctx, out);
        new ProtestingModifier(this, matcher).code(s, hits, ctx, out);
        new AllegedSponsor(this).code(s, hits, ctx, out);
        new EvaluativeCall(this).code(s, hits, ctx, out);
        new ArsonNoun(this).code(s, hits, ctx, out);
        new SetFire(this).code(s, hits, ctx, out);
        return Echoes.without(out);
    }

    private void codeVerb(Sent s, ActorFinder.Hits hits, VerbMatcher.Match violent, Context ctx, List<CodedEvent> out) {
        int v = violent.entry().before().isEmpty() ? violent.start() : violent.start() + violent.entry().before().size();
        VerbMatcher.Match m = VerbalAttack.reading(s, hits, violent, v); // "attacked the decision": in words
        String rule = m == violent ? "VerbClause" : "VerbalAttack"; // the construction that reads it
        if (SenseGuard.vetoes(s, hits, m, v)) {
            return; // "the court demonstrated that": a sense the shape rules out
        }
        if (ProposalContent.describes(s, v)) {
            return; // "a bill that would allow China to extradite": what a proposal would do
        }
        if (StandingRelation.holds(s, v)) {
            return; // "the rebels are backed by Iran": a standing relation, no act
        }
        if (NoComment.declines(s, v)) {
            return; // "declined to comment": silence, no rejection
        }
        boolean passive = s.child(v, "nsubj:pass") >= 0 || s.child(v, "aux:pass") >= 0
                || !ctx.agentlessPassiveAsActive() && ClauseRoles.passiveParticiple(s, v);
        int agentless = passive && byAgent(s, v) < 0 && ctx.agentlessPassiveAsActive() ? s.child(v, "nsubj:pass") : -1;
        if (agentless >= 0) {
            passive = false;
        }
        int agent = passive ? byAgent(s, v) : -1;
        Set<Integer> none = new HashSet<>();
        for (int i = m.start(); i <= m.end(); i++) {
            // a word of a compound verb that the parser hung in the subject ("Soldiers from Gondor
            // wire tapped": "wire" heads "from Gondor") does not hide the subject's actor
            if (i >= v || s.head[i] >= m.start() && s.head[i] <= m.end()) {
                none.add(i);
            }
        }
        List<FoundActor> sources;
        List<FoundActor> targets = List.of();
        int subj = agentless >= 0 ? agentless : subjectOf(s, v);
        if (subj >= 0 && AgentlessPassive.applies(m.code()) && ClauseRoles.antecedent(s, subj) >= 0) {
            subj = ClauseRoles.antecedent(s, subj); // "militants, who attacked the base": acts, not states, of a relative clause
        }
        int reporter = passive ? -1 : PatternTargetSubject.reporter(s, m, v, subj);
        if (m.sourceAt() >= 0) {
            sources = actorsAt(s, hits, m.sourceAt(), none, ctx);
        } else if (reporter >= 0) {
            sources = actorsAt(s, hits, reporter, none, ctx); // "NOTED + *": the noter is the source
            subj = -1;
        } else if (passive && agent >= 0) {
            sources = actorsAt(s, hits, agent, none, ctx);
        } else if (passive) {
            // "Bazoum was detained": the doer is not named, but for arrests and violence implied
            if (AgentlessPassive.implies(m.code(), s, v)) {
                new AgentlessPassive(this).code(s, hits, m, v, ctx, out);
            }
            return;
        } else if (subj >= 0) {
            sources = actorsAt(s, hits, subj, none, ctx);
        } else {
            int left = LeftNeighbour.of(s, hits, m.start());
            sources = left >= 0 ? actorsAt(s, hits, left, none, ctx) : List.of();
        }
        if (sources.isEmpty() && !passive && m.sourceAt() < 0) {
            // "posted a message blaming Iran": the participle's noun is no actor, the poster is
            int host = participleHost(s, v);
            sources = host >= 0 ? actorsAt(s, hits, host, none, ctx) : List.of();
        }
        if (sources.isEmpty() && PrivateDoer.applies(m, s, v)) { // "a former employee opened fire"
            sources = PrivateDoer.at(s, passive ? agent : subj, v, m.code(), passive, ctx);
            rule = sources.isEmpty() ? rule : "PrivateDoer";
        }
        if (sources.isEmpty() && !passive && AttackNounSubject.applies(s, m, subj)) {
            new AttackNounSubject(this).code(s, hits, m, v, subj, ctx, out); // "a bombing killed three"
        }
        if (sources.isEmpty()) {
            return;
        }
        Set<Integer> used = new HashSet<>(none);
        for (FoundActor a : sources) {
            for (int i = a.start(); i <= a.end(); i++) {
                used.add(i);
            }
        }
        if (subj >= 0 && !passive && m.sourceAt() < 0) {
            used.add(subj);
        }
        if (passive && agent >= 0 && m.sourceAt() < 0) {
            used.add(agent);
        }
        boolean fromContext = false;
        if (!passive && m.targetAt() < 0 && AllegedDoer.code(this, s, hits, m, v, sources, used, ctx, out)) {
            return; // "alleged X had funded the rebels": X is the accused
        }
        if (m.targetAt() >= 0) {
            targets = actorsAt(s, hits, m.targetAt(), used, ctx);
        } else if (passive) {
            int ps = ClauseRoles.passiveSubject(s, v);
            targets = ps >= 0 ? actorsAt(s, hits, ps, used, ctx) : List.of();
            if (targets.isEmpty() && ClauseRoles.passiveParticiple(s, v)) {
                return; // "a statement released by the ministry": the participle acts on no actor
            }
        }
        if (targets.isEmpty()) {
            targets = objectActors(s, hits, v, used, ctx, sources);
        }
        if (targets.isEmpty()) {
            targets = distinct(firstActorAfter(s, hits, m.end(), v, used, ctx), sources);
        }
        if (targets.isEmpty() && PrivateTarget.applies(m.code())) { // "killing one person": the place's civilians
            targets = PrivateTarget.of(s, m, v, passive, sources, ctx);
            rule = targets.isEmpty() || !rule.equals("VerbClause") ? rule : "PrivateTarget";
        }
        if (targets.isEmpty() && m.pattern() != null && sources.size() > 1
                && m.pattern().pre().stream().anyMatch(e -> e.kind() == VerbPattern.Kind.COMPOUND)) {
            // "Gondor and Osgiliath have renewed ties" (pattern "% * ..."): each with the other
            for (FoundActor a : sources) {
                for (FoundActor b : sources) {
                    if (a != b) {
                        emit(s, m, v, a, b, false, rule, out);
                    }
                }
            }
            return;
        }
        if (targets.isEmpty() && NEEDS_PARTNER.contains(s.lemma[v]) && m.code() != null && m.code().startsWith("04")) {
            return; // "Lam also spoke": a speech, not a consultation with anyone
        }
        if (targets.isEmpty()) {
            final FoundActor f0 = hasObject(s, v) ? ctx.fallbackTarget(s, v) : null;
            FoundActor f = f0;
            if (f0 != null && (sources.stream().anyMatch(src -> src.code().equals(f0.code()))
                    || f0.start() >= 0 && used.contains(f0.start()))) {
                f = null;
            }
            if (f == null) {
                targets = new ArrayList<>();
                targets.add(null);
            } else {
                targets = List.of(f);
                fromContext = true;
            }
        }
        for (FoundActor src : sources) {
            for (FoundActor t : targets) {
                // "thousands demonstrated in the capital": against the government, as ProtestNoun reads it
                FoundActor tgt = t == null && m.code() != null && m.code().startsWith("14")
                        ? ProtestNoun.governmentOf(src, ctx.countryFor(s, src), v) : t;
                if (tgt != null && tgt.start() == src.start() && tgt.code().equals(src.code())) {
                    continue;
                }
                emit(s, m, v, src, tgt, fromContext, rule, out);
            }
        }
    }

    /**
     * Verbs that consult or host only when the sentence names the other party: "Lam also spoke"
     * is a speech, "he received" (an award) no visit.
     */
    private static final Set<String> NEEDS_PARTNER = Set.of("speak", "talk", "receive");

    private static void emit(Sent s, VerbMatcher.Match m, int v, FoundActor src, FoundActor tgt, boolean fromContext,
                             String rule, List<CodedEvent> out) {
        if (m.code() != null && !m.code().equals("---")) {
            out.add(new CodedEvent(s, src, tgt, m.code(), v, m.start(), m.end(), List.of(), fromContext,
                    m.trace(rule, false)));
        }
        // a paired target-to-source event needs a target the sentence names: an implicit one
        // (the article's focus country, no tokens here) cannot act as a source
        if (m.reverseCode() != null && !m.reverseCode().equals("---") && tgt != null && !fromContext
                && tgt.start() >= 0) {
            out.add(new CodedEvent(s, tgt, src, m.reverseCode(), v, m.start(), m.end(), List.of(), fromContext,
                    m.trace(rule, true)));
        }
    }

    /**
     * The first actor after the verb inside its clause, read linearly as TABARI does, for
     * targets the tree hides (a noun's clause: "the parade supporting Gondor").
     */
    private List<FoundActor> firstActorAfter(Sent s, ActorFinder.Hits hits, int from, int v, Set<Integer> used,
                                             Context ctx) {
        for (int i = from + 1; i < s.size(); i++) {
            if (!hits.covered(i) || used.contains(i) || !inClause(s, v, i)) {
                continue;
            }
            int head = i;
            while (s.head[head] >= 0 && hits.covered(s.head[head]) && !used.contains(s.head[head])) {
                head = s.head[head];
            }
            return actorsAt(s, hits, head, used, ctx);
        }
        return List.of();
    }

    List<FoundActor> actorsAt(Sent s, ActorFinder.Hits hits, int t, Set<Integer> exclude, Context ctx) {
        if (s.pos[t].startsWith("PRP") && !hits.covered(t)) {
            FoundActor p = ctx.pronoun(s, t);
            return p == null ? List.of() : List.of(new FoundActor(p.code(), t, t, t, p.reason(), p.noCountry()));
        }
        List<FoundActor> found = finder.find(s, hits, t, exclude);
        if (found.isEmpty() || found.stream().allMatch(FoundActor::noCountry)) {
            FoundActor n = ctx.named(s, t, exclude);
            if (n != null) {
                return List.of(n);
            }
        }
        List<FoundActor> out = new ArrayList<>();
        for (FoundActor f : found) {
            if (f.noCountry()) {
                String c = ctx.countryFor(s, f);
                out.add(c == null ? f : f.withCode(c + f.code().substring(3), f.reason() + ", country " + c + " from context"));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** The first actor among the verb's dependents after it, in text order (then those before it). */
    private List<FoundActor> objectActors(Sent s, ActorFinder.Hits hits, int v, Set<Integer> used, Context ctx,
                                          List<FoundActor> sources) {
        List<Integer> deps = new ArrayList<>();
        for (int c : s.children(v)) {
            String r = s.rel[c];
            String base = r.contains(":") && !r.equals("obl:tmod") ? r.substring(0, r.indexOf(':')) : r;
            if ((TARGET_RELS.contains(r) || TARGET_RELS.contains(base) || infinitive(s, c)) && !used.contains(c)) {
                deps.add(c);
            }
        }
        // targets follow the verb ("a senior official said" has no target in what precedes it)
        deps.removeIf(d -> d < v);
        deps.sort(Integer::compare);
        for (int d : deps) {
            List<FoundActor> f;
            if (s.rel[d].equals("ccomp") || s.rel[d].equals("xcomp") || infinitive(s, d)) {
                int subj = s.child(d, "nsubj");
                // a pronoun subject of a complement clause is too loose to be the target
                f = subj >= 0 && !used.contains(subj) && !s.pos[subj].startsWith("PRP")
                        ? actorsAt(s, hits, subj, used, ctx) : List.of();
                if (f.isEmpty()) {
                    int obj = s.child(d, "obj");
                    f = obj >= 0 ? actorsAt(s, hits, obj, used, ctx) : List.of();
                }
                if (f.isEmpty() && !s.isVerb(d)) {
                    f = actorsAt(s, hits, d, used, ctx);
                }
                if (f.isEmpty() && s.isVerb(d) && (s.rel[d].equals("xcomp") || infinitive(s, d))) {
                    // "threatened to institute a curfew in Algiers"
                    f = objectActors(s, hits, d, used, ctx, sources);
                }
            } else {
                f = actorsAt(s, hits, d, used, ctx);
                // "the support of the United States for President Bazoum": look past the source
                Set<Integer> skip = new HashSet<>(used);
                for (int tries = 0; tries < 3 && !f.isEmpty() && distinct(f, sources).isEmpty(); tries++) {
                    for (FoundActor a : f) {
                        for (int i = a.start(); i <= a.end(); i++) {
                            skip.add(i);
                        }
                    }
                    f = actorsAt(s, hits, d, skip, ctx);
                }
            }
            f = distinct(f, sources);
            if (!f.isEmpty()) {
                return f;
            }
        }
        return List.of();
    }

    /**
     * Targets that are not the source over again ("the support of the United States" is not
     * a target of the US), one per country for conjoined phrases ("the Government and the
     * people of Niger" is Niger's government).
     */
    static List<FoundActor> distinct(List<FoundActor> found, List<FoundActor> sources) {
        List<FoundActor> out = new ArrayList<>();
        for (FoundActor f : found) {
            // a country acting on its own forces or people ("Britain mobilized army reservists") does not target them
            // two different people of one body are no "self" ("Trump asked for Bolton's resignation": USAGOV, USAGOV)
            boolean self = sources.stream().anyMatch(src -> src.code().startsWith(f.code())
                    && (f.code().length() <= 3 || src.start() < 0 || f.start() < 0
                    || src.start() <= f.end() && f.start() <= src.end() || src.head() == f.head())
                    || src.code().length() == 3 && f.code().startsWith(src.code()) && !PrivateDoer.is(src));
            boolean seen = out.stream().anyMatch(o -> o.code().length() >= 3 && f.code().length() >= 3
                    && o.code().substring(0, 3).equals(f.code().substring(0, 3)) && !o.code().startsWith("---"));
            if (!self && !seen) {
                out.add(f);
            }
        }
        return out;
    }
}
