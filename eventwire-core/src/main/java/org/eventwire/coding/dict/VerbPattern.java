package org.eventwire.coding.dict;

import java.util.List;

/**
 * A verb pattern: words before the verb ("pre", left to right) and after it ("post"), and the
 * event code(s) it sets. reverseCode is the code of the paired event target-to-source
 * ("[032:033]"), null if none. A code "---" means the pattern matches but codes nothing.
 */
public record VerbPattern(List<Elem> pre, List<Elem> post, String code, String reverseCode,
                          String text) {
    /** What one pattern element matches. */
    public enum Kind { WORD, SYNSET, SOURCE, TARGET, COMPOUND, SKIP }

    /**
     * One element. alternatives holds the word sequences it may match (one for a word, the
     * members for a synset). adjacent: no gap allowed between it and its neighbour towards
     * the verb (for pre elements: the next one; for post elements: the previous one).
     */
    public record Elem(Kind kind, List<List<String>> alternatives, boolean adjacent) {
    }

    public int length() {
        return pre.size() + post.size();
    }
}
