package org.eventwire.coding;

import org.eventwire.coding.dict.StanceLexicon;
import org.eventwire.model.EventCoderTrace;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Characterising someone's act in evaluative words: "called the stabbing an act of
 * inexplicable barbarity", "described the attacks as a dastardly act", "calling it a violation
 * of the law" is criticism (111), "called the deal a historic achievement" praise (051), whatever
 * the verb of naming. The stance lexicon judges the characterisation (its head, an adjective on
 * it, or its "of" noun); the source is the namer, the target the actor the named thing belongs to
 * ("Mohammad's admission"), else the article's country.
 */
final class EvaluativeCall {
    private static final Set<String> NAMING = Set.of("call", "describe", "label", "brand", "term", "dub",
            "characterize", "characterise", "deem", "regard", "consider", "view", "decry");
    private static final Set<String> KINDS = Set.of("CRITICIZE", "ACCUSE", "ACCLAIM");

    private final SentenceCoder coder;
    private final StanceLexicon lex;

    EvaluativeCall(SentenceCoder coder) {
        this.coder = coder;
        this.lex = StanceLexicon.builtIn();
    }

    void code(Sent s, ActorFinder.Hits hits, SentenceCoder.Context ctx, List<CodedEvent> out) {
        for (int v = 0; v < s.size(); v++) {
            if (!s.isVerb(v) || !NAMING.contains(s.lemma[v]) || StanceCues.negated(s, v)) {
                continue;
            }
            int named = -1;
            int as = -1;
            for (int c : s.children(v)) {
                String r = s.rel[c];
                if ((r.equals("obj") || r.equals("iobj")) && named < 0 && c < s.size()) {
                    named = c;
                } else if (r.equals("xcomp") || r.equals("obj") || (r.startsWith("obl") || r.equals("advcl"))
                        && s.caseOf(c).equals("as")) {
                    as = c;
                }
            }
            if (as >= 0 && named < 0 && s.child(as, "nsubj") >= 0) {
                named = s.child(as, "nsubj"); // "called [Mohammad's admission] a political maneuver": a small clause
            }
            if (named >= 0 && as < 0 && s.child(named, "dep") >= 0) {
                as = s.child(named, "dep"); // a parse that hangs the characterisation on the object
            }
            int gerund = named >= 0 && as < 0 ? s.child(named, "acl") : -1;
            if (gerund >= 0 && s.pos[gerund].equals("VBG") && s.child(gerund, "obj") >= 0) {
                as = s.child(gerund, "obj"); // "called the stabbing an act of ...", "stabbing" read as a participle
            }
            if (named < 0 || as < 0 || as == named) {
                continue;
            }
            StanceLexicon.Entry e = judge(s, as);
            if (e == null) {
                continue;
            }
            // "the king considered it inappropriate": the judgement says more than a plain statement (01)
            final int verb = v;
            out.removeIf(x -> x.sentence() == s && x.verb() == verb && x.code() != null && x.code().startsWith("01"));
            if (coded(out, s, v)) {
                continue;
            }
            if (gerund >= 0) {
                final int g = gerund;
                out.removeIf(x -> x.sentence() == s && x.verb() == g); // the caller did not stab: the act is named
            }
            int subj = ClauseRoles.subjectOf(s, v);
            if (subj < 0) {
                subj = ClauseRoles.participleHost(s, v); // "a statement calling it ..."
            }
            if (subj < 0) {
                continue;
            }
            Set<Integer> ex = new HashSet<>(Set.of(v, as));
            List<FoundActor> sources = coder.actorsAt(s, hits, subj, ex, ctx);
            if (sources.isEmpty()) {
                continue;
            }
            for (FoundActor a : sources) {
                for (int i = a.start(); i <= a.end(); i++) {
                    ex.add(i);
                }
            }
            List<FoundActor> targets = SentenceCoder.distinct(coder.actorsAt(s, hits, named, ex, ctx), sources);
            boolean fromContext = false;
            if (targets.isEmpty()) {
                FoundActor f = ctx.fallbackTarget(s, v);
                targets = f == null ? java.util.Collections.singletonList(null) : List.of(f);
                fromContext = f != null;
            }
            EventCoderTrace trace = new EventCoderTrace("EvaluativeCall", s.lemma[v] + " X " + s.word[as],
                    QuotedStance.entry(e));
            for (FoundActor a : sources) {
                for (FoundActor b : targets) {
                    out.add(new CodedEvent(s, a, b, e.code(), v, v, v, List.of(), fromContext, trace));
                }
            }
        }
    }

    /** The stance of a characterisation: its head, an adjective on it, or its "of" noun ("an act of barbarity"). */
    private StanceLexicon.Entry judge(Sent s, int as) {
        StanceLexicon.Entry e = lookup(s, as);
        if (e != null) {
            return e;
        }
        for (int c : s.children(as)) {
            if (s.rel[c].equals("amod") || s.rel[c].startsWith("nmod") && s.caseOf(c).equals("of")
                    || s.rel[c].equals("compound")) {
                e = lookup(s, c);
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }

    private StanceLexicon.Entry lookup(Sent s, int t) {
        String pos = s.pos[t].startsWith("JJ") ? "adj" : s.pos[t].startsWith("NN") ? "noun" : null;
        StanceLexicon.Entry e = pos == null ? null : lex.get(pos, s.lemma[t]);
        return e != null && KINDS.contains(e.kind()) ? e : null;
    }

    /** True when another construction already coded this verb as a 11 or 05 event. */
    private static boolean coded(List<CodedEvent> out, Sent s, int v) {
        return out.stream().anyMatch(e -> e.sentence() == s && e.verb() == v);
    }
}
