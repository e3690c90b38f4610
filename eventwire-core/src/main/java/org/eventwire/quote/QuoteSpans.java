package org.eventwire.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of text between quotation marks: curly (“ ”) and straight (") double
 * quotes. A quote still open at the end of a paragraph ends there (wire style continues a long
 * quote in the next paragraph with a fresh opening mark) and is flagged unclosed.
 */
public final class QuoteSpans {
    /** Content between the marks (marks excluded), trimmed of spaces. */
    public record Span(int start, int end, boolean unclosed) {
        public boolean contains(int offset) {
            return start <= offset && offset < end;
        }
    }

    private QuoteSpans() {
    }

    public static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    add(out, text, open + 1, i, true);
                    open = -1;
                }
            } else if (c == '“') {
                if (open < 0) {
                    open = i;
                }
            } else if (c == '”') {
                if (open >= 0) {
                    add(out, text, open + 1, i, false);
                    open = -1;
                }
            } else if (c == '"') {
                if (open < 0 && opensHere(text, i)) {
                    open = i;
                } else if (open >= 0 && text.charAt(open) == '"') {
                    add(out, text, open + 1, i, false);
                    open = -1;
                }
            }
        }
        if (open >= 0) {
            add(out, text, open + 1, text.length(), true);
        }
        return out;
    }

    /** A straight quote opens when it starts a word: after a space, a bracket or the start. */
    private static boolean opensHere(String text, int i) {
        if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char p = text.charAt(i - 1);
        return Character.isWhitespace(p) || "([{—–-:;,".indexOf(p) >= 0;
    }

    private static void add(List<Span> out, String text, int s, int e, boolean unclosed) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e, unclosed));
        }
    }

    /** True when the offset lies inside any of the spans. */
    public static boolean inside(List<Span> spans, int offset) {
        for (Span s : spans) {
            if (s.contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
