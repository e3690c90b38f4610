package org.eventwire.coding;

import org.eventwire.model.EventCoderTrace;

import java.util.HashSet;
import java.util.List;

/**
 * A protest told by a participle on its protesters: "protesting lawmakers interrupted the
 * speech", "demonstrating students were dispersed". The noun's actors protest (the dictionary
 * code of the participle's verb), against whoever the sentence shows them acting on when that is
 * a government, else against their own government, as ProtestNoun reads protests.
 */
final class ProtestingModifier {
    private final SentenceCoder coder;
    private final VerbMatcher matcher;

    ProtestingModifier(SentenceCoder coder, VerbMatcher matcher) {
        this.coder = coder;
        this.matcher = matcher;
    }

    void code(Sent s, ActorFinder.Hits hits, SentenceCoder.Context ctx, List<CodedEvent> out) {
        for (int p = 0; p < s.size(); p++) {
            int n = s.head[p];
            if (!s.pos[p].equals("VBG") || !s.rel[p].equals("amod") || n < 0 || !s.isNoun(n)) {
                continue;
            }
            VerbMatcher.Match m = matcher.match(s, p, false);
            if (m == null || m.code() == null || !m.code().startsWith("14")) {
                continue;
            }
            List<FoundActor> protesters = coder.actorsAt(s, hits, n, new HashSet<>(List.of(p)), ctx);
            for (FoundActor a : protesters) {
                FoundActor gov = ProtestNoun.governmentOf(a, ctx.countryFor(s, a), p);
                boolean told = out.stream().anyMatch(e -> e.source().code().equals(a.code()) && e.code() != null
                        && e.code().startsWith("14")); // "protesting farmers blocked the highway": one protest
                if (gov != null && !told) {
                    out.add(new CodedEvent(s, a, gov, m.code(), p, p, Math.max(p, a.end()), List.of(), false,
                            new EventCoderTrace("ProtestingModifier", s.word[p].toLowerCase(java.util.Locale.ROOT)
                                    + " " + s.word[n].toLowerCase(java.util.Locale.ROOT), m.entry().block() + "/"
                                    + m.entry().base())));
                }
            }
        }
    }
}
