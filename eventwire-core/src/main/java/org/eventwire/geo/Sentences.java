package org.eventwire.geo;

import java.util.ArrayList;
import java.util.List;

/** A rough sentence splitter for spotting: line breaks, and . ! ? before a capital or quote. */
public final class Sentences {
    private Sentences() {
    }

    /** [start, end) of each sentence. */
    public static List<int[]> split(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = c == '\n';
            if ((c == '.' || c == '!' || c == '?') && i + 2 < n && Character.isWhitespace(text.charAt(i + 1))) {
                char next = text.charAt(i + 2);
                end = (Character.isUpperCase(next) || next == '"' || next == '\u201c') && !abbreviation(text, i);
            }
            if (end) {
                add(out, text, start, i + 1);
                start = i + 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    // "Mr. Smith", "U.S. President": a short capitalised word or initials before the dot
    private static boolean abbreviation(String text, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String w = text.substring(k, dot);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && (w.length() <= 3 || w.contains("."));
    }

    private static void add(List<int[]> out, String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new int[] {s, e});
        }
    }
}
