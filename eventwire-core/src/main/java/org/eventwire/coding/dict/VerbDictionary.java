package org.eventwire.coding.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verb entries indexed by every surface form of their head word and by base form (for
 * lemma lookup). Adding a second dictionary keeps both: lookups return ours first.
 */
public final class VerbDictionary {
    private final Map<String, List<VerbEntry>> byForm = new HashMap<>();
    private final Map<String, List<VerbEntry>> byBase = new HashMap<>();
    private int patterns;
    private int entries;

    public void add(VerbEntry e, List<String> forms) {
        entries++;
        patterns += e.patterns().size();
        for (String f : forms) {
            List<VerbEntry> l = byForm.computeIfAbsent(f, k -> new ArrayList<>());
            if (!l.contains(e)) {
                l.add(e);
            }
        }
        byBase.computeIfAbsent(e.base(), k -> new ArrayList<>()).add(e);
    }

    public void addAll(VerbDictionary other) {
        entries += other.entries;
        patterns += other.patterns;
        other.byForm.forEach((k, v) -> byForm.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        other.byBase.forEach((k, v) -> byBase.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    }

    /** Entries whose head has this surface form (upper case), then those whose base is the lemma. */
    public List<VerbEntry> lookup(String upperForm, String upperLemma) {
        List<VerbEntry> out = new ArrayList<>(byForm.getOrDefault(upperForm, List.of()));
        if (upperLemma != null) {
            for (VerbEntry e : byBase.getOrDefault(upperLemma, List.of())) {
                if (!out.contains(e)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    public int entries() {
        return entries;
    }

    public int patterns() {
        return patterns;
    }
}
