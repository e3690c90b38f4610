package org.eventwire.coding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The actors of a list whose members the parse scatters over conj, appos and dep ("from the OIC
 * head Yousef Al-Othaimeen, the Pope, and a spokesperson for President Duterte"): the phrase's
 * own actors, then one per further member, each country-and-sector code once. Members are read
 * on their own, so a name known only to the article (an entity) counts as well as a dictionary one.
 */
final class ListedActors {
    private static final Set<String> LIST_RELS = Set.of("conj", "appos", "dep");

    private ListedActors() {
    }

    static List<FoundActor> of(SentenceCoder coder, Sent s, ActorFinder.Hits hits, int head, Set<Integer> exclude,
                               SentenceCoder.Context ctx) {
        List<FoundActor> out = new ArrayList<>(coder.actorsAt(s, hits, head, exclude, ctx));
        Set<Integer> ex = new HashSet<>(exclude);
        for (FoundActor a : out) {
            for (int i = a.start(); i <= a.end(); i++) {
                ex.add(i);
            }
        }
        Deque<int[]> todo = new ArrayDeque<>();
        todo.add(new int[] {head, 0});
        while (!todo.isEmpty()) {
            int[] x = todo.poll();
            for (int c : s.children(x[0])) {
                if (!LIST_RELS.contains(s.rel[c]) || !s.pos[c].startsWith("NN") || x[1] >= 3 || ex.contains(c)) {
                    continue;
                }
                todo.add(new int[] {c, x[1] + 1});
                for (FoundActor a : coder.actorsAt(s, hits, c, ex, ctx)) {
                    if (a.start() >= 0 && !a.noCountry() && out.stream().noneMatch(o -> o.code().equals(a.code()))) {
                        out.add(a);
                        for (int i = a.start(); i <= a.end(); i++) {
                            ex.add(i);
                        }
                    }
                }
            }
        }
        return out;
    }
}
