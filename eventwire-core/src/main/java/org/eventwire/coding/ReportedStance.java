package org.eventwire.coding;

import org.eventwire.coding.dict.StanceLexicon;
import org.eventwire.model.EventCoderTrace;
import org.eventwire.model.Quote;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.ArrayList;

/**
 * Speech acts in reported speech, the indirect twin of QuotedStance: "the army said the group
 * are the suspected perpetrators" is the army's accusation of the group, "the minister said the
 * attack was cowardly" its criticism. StanceCues reads the reported clause; the source is the
 * subject of the reporting verb, the target the actor the words are about or one the clause
 * names. Nothing is taken from context: a reported judgement of no named actor gives no event.
 * Direct quotations are QuotedStance's; appeals and intents are other rules' (ObligationDemand).
 */
final class ReportedStance {
    /** Verbs that report what their subject asserts. */
    private static final Set<String> REPORTING = Set.of("say", "claim", "allege", "insist", "state", "tell", "add",
            "stress", "argue", "maintain", "assert", "declare", "write", "tweet", "charge", "contend", "suggest");
    /** Cue kinds that judge another actor (the speaker's own feelings need the first person a report lacks). */
    private static final Set<String> JUDGEMENTS = Set.of("CRITICIZE", "ACCUSE", "ADMIRE", "APPROVE", "THREATEN");

    private final SentenceCoder coder;
    private final SentenceCoder.Context actors;
    private final StanceCues cues;
    private final List<Quote> quotes;

    ReportedStance(SentenceCoder coder, SentenceCoder.Context actors, List<Quote> quotes) {
        this.coder = coder;
        this.actors = actors;
        this.cues = new StanceCues(StanceLexicon.builtIn());
        this.quotes = quotes;
    }

    /** The speech acts of the reported clauses of s that coded (this sentence's events so far) lacks. */
    List<CodedEvent> code(Sent s, List<CodedEvent> coded) {
        List<CodedEvent> out = new ArrayList<>();
        ActorFinder.Hits hits = null;
        for (int v = 0; v < s.size(); v++) {
            int clause = s.isVerb(v) && REPORTING.contains(s.lemma[v]) ? s.child(v, "ccomp") : -1;
            int subj = clause >= 0 ? ClauseRoles.subjectOf(s, v) : -1;
            if (subj < 0 || quoted(s, clause)) {
                continue;
            }
            hits = hits == null ? coder.finder().hits(s) : hits;
            List<FoundActor> sources = coder.actorsAt(s, hits, subj, new HashSet<>(), actors);
            if (sources.isEmpty()) {
                continue;
            }
            final int c = clause;
            IntPredicate inside = t -> s.dominates(c, t) && !quoted(s, t);
            for (StanceCues.Cue cue : cues.find(s, inside)) {
                if (!JUDGEMENTS.contains(cue.kind())) {
                    continue;
                }
                for (FoundActor src : sources) {
                    String root = cue.code().substring(0, 2);
                    if (coded.stream().anyMatch(e -> e.source().code().equals(src.code()) && e.code() != null
                            && e.code().startsWith(root)) || out.stream().anyMatch(e -> e.source().code().equals(src.code())
                            && e.code().startsWith(root))) {
                        continue; // the reporting verb itself already says it ("accused X of ...")
                    }
                    FoundActor tgt = target(s, hits, cue, inside, src);
                    if (tgt == null) {
                        continue;
                    }
                    out.add(new CodedEvent(s, src, tgt, cue.code(), cue.pred(), Math.min(v, cue.cue()),
                            Math.max(v, cue.cue()), List.of(), false, new EventCoderTrace("ReportedStance",
                            cue.kind().toLowerCase(Locale.ROOT) + " reported by '" + s.word[v] + "'",
                            QuotedStance.entry(cue.entry()))));
                }
            }
        }
        return out;
    }

    /** The actor the words are about, else the first one the reported clause names; never the speaker or its country. */
    private FoundActor target(Sent s, ActorFinder.Hits hits, StanceCues.Cue cue, IntPredicate inside, FoundActor src) {
        Set<Integer> exclude = new HashSet<>();
        for (int i = src.start(); i <= src.end(); i++) {
            exclude.add(i);
        }
        List<Integer> order = new ArrayList<>();
        if (cue.hint() >= 0) {
            order.add(cue.hint());
        }
        for (int t = 0; t < s.size(); t++) {
            if (inside.test(t) && s.isNoun(t) && t != cue.hint()) {
                order.add(t);
            }
        }
        for (int t : order) {
            if (s.pos[t].startsWith("PRP") && !s.pos[t].equals("PRP")) {
                continue; // "its", "their": an owner, not whom the words judge
            }
            for (FoundActor a : coder.actorsAt(s, hits, t, exclude, actors)) {
                boolean own = a.code().equals(src.code()) || a.code().length() == 3 && src.code().startsWith(a.code());
                if (!a.noCountry() && a.start() >= 0 && !own) {
                    return a;
                }
            }
            if (t == cue.hint() && s.isNoun(t) && !s.pos[t].startsWith("PRP")) {
                return null; // a judgement of a named subject that is no actor ("the decision was wrong")
            }
        }
        return null;
    }

    /** True when token t lies inside a direct quotation (QuotedStance reads those). */
    private boolean quoted(Sent s, int t) {
        for (Quote q : quotes) {
            if (s.begin[t] >= q.start() && s.end[t] <= q.end()) {
                return true;
            }
        }
        return false;
    }
}
