package org.eventwire.coding.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases indexed by their first word for longest-match lookup over a token sequence. Later
 * additions of the same phrase come after earlier ones, so a combined index keeps both.
 */
public final class PhraseIndex {
    /** A phrase found in the tokens: the entry and the token range [start, end] it covers. */
    public record Hit(PhraseEntry entry, int start, int end) {
    }

    private final Map<String, List<PhraseEntry>> byFirst = new HashMap<>();
    /** Every entry once, in the order added (an entry may sit under two first words). */
    private final List<PhraseEntry> entries = new ArrayList<>();

    public void add(PhraseEntry e) {
        if (e.words().isEmpty()) {
            return;
        }
        entries.add(e);
        String first = e.words().get(0);
        byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
        String[] split = hyphenParts(first);
        if (split != null) {
            // the tokenizer splits "Al-Qaeda" into Al - Qaeda: find the entry from its first part too
            byFirst.computeIfAbsent(split[0], k -> new ArrayList<>()).add(e);
        }
    }

    /** The parts of a dictionary word with inner hyphens ("AL-QAEDA"), or null. */
    private static String[] hyphenParts(String w) {
        if (w.indexOf('-') <= 0 || w.endsWith("-")) {
            return null;
        }
        String[] parts = w.split("-+");
        return parts.length > 1 ? parts : null;
    }

    public void addAll(PhraseIndex other) {
        List.copyOf(other.entries).forEach(this::add);
    }

    public int size() {
        return entries.size();
    }

    /** The longest phrase that starts at token i, or null. Tokens equal to "-" inside a phrase are skipped. */
    public Hit longestAt(String[] tokens, int i) {
        Hit best = null;
        List<PhraseEntry> cands = new ArrayList<>(byFirst.getOrDefault(tokens[i], List.of()));
        String[] joined = joinedParts(tokens[i]);
        if (joined != null) {
            cands.addAll(byFirst.getOrDefault(joined[0], List.of()));
        }
        // one-word stems ("ARGENTIN" for "Argentina", "Argentine"): look the prefixes up
        for (int p = 3; p < tokens[i].length(); p++) {
            for (PhraseEntry s : byFirst.getOrDefault(tokens[i].substring(0, p), List.of())) {
                if (s.stem() && s.words().size() == 1) {
                    cands.add(s);
                }
            }
        }
        for (PhraseEntry e : cands) {
            int end = match(e, tokens, i);
            if (end >= 0 && (best == null || end > best.end())) {
                best = new Hit(e, i, end);
            }
        }
        return best;
    }

    private static int match(PhraseEntry e, String[] tokens, int i) {
        int t = i;
        List<String> ws = e.words();
        for (int k = 0; k < ws.size(); k++) {
            while (k > 0 && t < tokens.length && tokens[t].equals("-")) {
                t++;
            }
            if (t >= tokens.length) {
                return -1;
            }
            String[] parts = joinedParts(tokens[t]);
            if (parts != null) {
                // "Dol_Amroth" in the text is the dictionary's words DOL AMROTH ("_" joins words in these files)
                if (k + parts.length > ws.size() || !List.of(parts).equals(ws.subList(k, k + parts.length))) {
                    return -1;
                }
                k += parts.length - 1;
                t++;
                continue;
            }
            String w = ws.get(k);
            boolean last = k == ws.size() - 1;
            String[] hy = tokens[t].equals(w) ? null : hyphenParts(w);
            if (hy != null) {
                // AL-QAEDA against the tokens AL - QAEDA
                int at = t;
                for (int p = 0; p < hy.length && at >= 0; p++) {
                    if (p > 0) {
                        at = at < tokens.length && tokens[at].equals("-") ? at + 1 : -1;
                    }
                    at = at >= 0 && at < tokens.length && tokens[at].equals(hy[p]) ? at + 1 : -1;
                }
                if (at < 0) {
                    return -1;
                }
                t = at;
                continue;
            }
            boolean ok = tokens[t].equals(w)
                    || last && e.stem() && tokens[t].startsWith(w) && w.length() >= 3;
            if (!ok) {
                return -1;
            }
            t++;
        }
        return t - 1;
    }

    /** The words of a token joined with "_" ("DOL_AMROTH"), or null for a plain token. */
    private static String[] joinedParts(String token) {
        if (token.indexOf('_') <= 0 || token.endsWith("_")) {
            return null;
        }
        String[] parts = token.split("_+");
        return parts.length > 1 ? parts : null;
    }

    /** Every non-overlapping longest hit, left to right. */
    public List<Hit> scan(String[] tokens) {
        return scan(tokens, null);
    }

    /** As scan(tokens), with hits starting only where canStart is true (null: anywhere). */
    public List<Hit> scan(String[] tokens, boolean[] canStart) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (canStart != null && !canStart[i]) {
                continue;
            }
            Hit h = longestAt(tokens, i);
            if (h != null) {
                out.add(h);
                i = h.end();
            }
        }
        return out;
    }
}
