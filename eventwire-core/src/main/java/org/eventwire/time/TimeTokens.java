package org.eventwire.time;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence as the time patterns read it: CoreNLP's tokens with hyphenated words split into
 * their parts ("third-quarter", "mid-1990s", "10-year" read like "third quarter", "mid 1990s",
 * "10 year"), a lower-case copy of each word and the part-of-speech tag of the token it came from.
 * Built once per sentence; the patterns then only index arrays.
 */
final class TimeTokens {
    final String[] word;
    final String[] lower;
    final String[] tag;
    final int[] begin;
    final int[] end;
    /** True when the part was joined to the one before by a hyphen ("mid-1990s": "1990s"). */
    final boolean[] hyphen;

    /** A token of the sentence: its word, tag (may be null) and character span. */
    record Token(String word, String tag, int begin, int end) {
    }

    TimeTokens(List<Token> tokens) {
        List<Token> parts = new ArrayList<>(tokens.size() + 8);
        List<Boolean> joined = new ArrayList<>(tokens.size() + 8);
        boolean afterHyphen = false;
        Token prev = null;
        for (Token t : tokens) {
            String w = t.word();
            if ((w.equals("-") || w.equals("--") || w.equals("–")) && prev != null && prev.end() == t.begin()) {
                afterHyphen = true;   // CoreNLP split "third-quarter" into three tokens
                prev = t;
                continue;
            }
            boolean glued = afterHyphen && prev != null && prev.end() == t.begin();
            afterHyphen = false;
            split(t, glued, parts, joined);
            prev = t;
        }
        int n = parts.size();
        word = new String[n];
        lower = new String[n];
        tag = new String[n];
        begin = new int[n];
        end = new int[n];
        hyphen = new boolean[n];
        for (int i = 0; i < n; i++) {
            Token p = parts.get(i);
            word[i] = p.word();
            lower[i] = TimeWords.lower(p.word());
            tag[i] = p.tag() == null ? "" : p.tag();
            begin[i] = p.begin();
            end[i] = p.end();
            hyphen[i] = joined.get(i);
        }
    }

    private static void split(Token t, boolean glued, List<Token> parts, List<Boolean> joined) {
        String w = t.word();
        int dash = w.indexOf('-', 1);
        if (dash < 0 || dash == w.length() - 1 || w.length() != t.end() - t.begin()) {
            parts.add(t);
            joined.add(glued);
            return;
        }
        int from = 0;
        boolean first = true;
        while (from <= w.length()) {
            int to = w.indexOf('-', from);
            to = to < 0 ? w.length() : to;
            if (to > from) {
                parts.add(new Token(w.substring(from, to), t.tag(), t.begin() + from, t.begin() + to));
                joined.add(first ? glued : true);
                first = false;
            }
            from = to + 1;
        }
    }

    int size() {
        return word.length;
    }

    String lower(int i) {
        return i >= 0 && i < lower.length ? lower[i] : "";
    }

    boolean is(int i, String w) {
        return lower(i).equals(w);
    }

    boolean isAny(int i, String... ws) {
        String l = lower(i);
        for (String w : ws) {
            if (l.equals(w)) {
                return true;
            }
        }
        return false;
    }

    boolean capitalised(int i) {
        return i >= 0 && i < word.length && !word[i].isEmpty() && Character.isUpperCase(word[i].charAt(0));
    }
}
