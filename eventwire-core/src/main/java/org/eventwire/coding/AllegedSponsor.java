package org.eventwire.coding;

import org.eventwire.model.EventCoderTrace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A reported tie between an actor and an armed group is an accusation (CAMEO 112) from whoever
 * reports it to the actor tied: "the government said Kenya had funded the rebels", "according to
 * the minister, the rebels are backed by Eritrea", "police said the suspects were linked to the
 * group". The tie is a verb of support or connection; the group an actor coded as rebels,
 * insurgents, unidentified armed forces or a militant organisation.
 */
final class AllegedSponsor {
    static final String CODE = "112";
    private static final Set<String> REPORTING = Set.of("say", "claim", "allege", "insist", "state", "tell", "add",
            "charge", "assert", "maintain", "argue", "believe", "suspect");
    /** Verbs that tie a sponsor to a group. */
    private static final Set<String> TIES = Set.of("fund", "finance", "bankroll", "arm", "back", "support", "sponsor",
            "harbor", "harbour", "shelter", "train", "supply", "equip", "link", "tie", "ally", "aid", "assist",
            "help", "protect", "host", "direct", "control", "command", "recruit", "hide");
    private static final List<String> ARMED = List.of("REB", "INS", "TER", "UAF");

    private final SentenceCoder coder;

    AllegedSponsor(SentenceCoder coder) {
        this.coder = coder;
    }

    void code(Sent s, ActorFinder.Hits hits, SentenceCoder.Context ctx, List<CodedEvent> out) {
        for (int v = 0; v < s.size(); v++) {
            int clause = -1;
            int speaker = -1;
            if (s.isVerb(v) && REPORTING.contains(s.lemma[v]) && s.child(v, "ccomp") >= 0) {
                clause = s.child(v, "ccomp");
                speaker = ClauseRoles.subjectOf(s, v);
            } else if (s.isVerb(v)) {
                for (int c : s.children(v)) {
                    if (s.rel[c].startsWith("obl") && s.caseOf(c).startsWith("accord")) {
                        clause = v; // "according to the minister, the rebels are backed by Iran"
                        speaker = c;
                    }
                }
            }
            if (clause < 0 || speaker < 0 || !TIES.contains(s.lemma[clause])) {
                continue;
            }
            int subj = s.child(clause, "nsubj");
            int passSubj = s.child(clause, "nsubj:pass");
            int agent = ClauseRoles.byAgent(s, clause);
            List<int[]> pairs = new ArrayList<>(); // {tied, group}
            for (int c : s.children(clause)) {
                if (c != agent && (s.rel[c].equals("obj") || s.rel[c].startsWith("obl"))) {
                    pairs.add(new int[] {subj >= 0 ? subj : passSubj, c}); // "Kenya funded the rebels", "were linked to"
                }
            }
            if (passSubj >= 0 && agent >= 0) {
                pairs.add(new int[] {agent, passSubj}); // "the rebels are backed by Iran"
            }
            Set<Integer> none = new HashSet<>();
            List<FoundActor> speakers = coder.actorsAt(s, hits, speaker, none, ctx);
            for (int[] p : pairs) {
                if (p[0] < 0 || armed(coder.actorsAt(s, hits, p[1], none, ctx)) == null) {
                    continue;
                }
                List<FoundActor> tied = coder.actorsAt(s, hits, p[0], none, ctx);
                for (FoundActor src : speakers) {
                    for (FoundActor t : SentenceCoder.distinct(tied, List.of(src))) {
                        boolean told = out.stream().anyMatch(e -> e.source().code().equals(src.code())
                                && e.code() != null && e.code().startsWith("112") && e.target() != null
                                && e.target().code().equals(t.code()));
                        if (!told && !t.noCountry() && ARMED.stream().noneMatch(a -> t.code().indexOf(a, 3) >= 0)) {
                            out.add(new CodedEvent(s, src, t, CODE, clause, clause, clause, List.of(), false,
                                    new EventCoderTrace("AllegedSponsor", s.lemma[clause] + " + armed group", null)));
                        }
                    }
                }
            }
        }
    }

    /** The first armed group among the actors, or null. */
    private static FoundActor armed(List<FoundActor> actors) {
        for (FoundActor a : actors) {
            String c = a.code();
            if (c.startsWith("IMG") || c.length() > 3 && ARMED.stream().anyMatch(x -> c.indexOf(x, 3) >= 0)) {
                return a;
            }
        }
        return null;
    }
}
