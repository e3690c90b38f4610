package org.eventwire.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One name, one type per article: the 3-class model calls "Amazon" a place in one sentence and
 * an organisation in the next, "Puerto Rico" a place three times and a person once. Each name
 * takes the type most of its mentions have; a tie goes to the place reading, since a place
 * name is read as an organisation or person mostly when it modifies another noun.
 */
final class TypeVote {
    private TypeVote() {
    }

    static List<RawMention> apply(List<RawMention> mentions) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (RawMention r : mentions) {
            if (r.kind().equals("NAME")) {
                votes.computeIfAbsent(NameVariants.fold(r.text()), k -> new HashMap<>()).merge(r.type(), 1, Integer::sum);
            }
        }
        List<RawMention> out = new ArrayList<>(mentions.size());
        for (RawMention r : mentions) {
            Map<String, Integer> v = votes.get(NameVariants.fold(r.text()));
            String type = v == null || v.size() < 2 ? r.type() : winner(v);
            out.add(type.equals(r.type()) ? r : new RawMention(type, r.start(), r.end(), r.text(), r.kind()));
        }
        return out;
    }

    private static String winner(Map<String, Integer> v) {
        String best = null;
        for (String t : List.of("LOCATION", "ORGANIZATION", "PERSON")) {
            Integer n = v.get(t);
            if (n != null && (best == null || n > v.get(best))) {
                best = t;
            }
        }
        return best == null ? v.keySet().iterator().next() : best;
    }
}
