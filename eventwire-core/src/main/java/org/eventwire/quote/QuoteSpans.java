package org.eventwire.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of text between quotation marks: curly (“ ”), straight (") and doubled
 * apostrophes ('' as in older newspaper copy). A quote still open at the end of a paragraph
 * continues when the next paragraph opens with a quotation mark (the wire convention for long
 * quotes) and otherwise ends there, flagged unclosed.
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
        int openWidth = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int width = mark(text, i);
            if (c == '\n') {
                if (open >= 0 && !continuesAfter(text, i)) {
                    add(out, text, open + openWidth, i, true);
                    open = -1;
                }
                i++;
            } else if (width > 0) {
                boolean opens = opensHere(text, i, width);
                if (open < 0) {
                    if (opens && c != '”' || c == '”' && startsWord(text, i, width)) {
                        open = i;
                        openWidth = width;
                    }
                } else if (!(opens && paragraphStart(text, i))) {
                    if (c != '“' || !opens) {
                        add(out, text, open + openWidth, i, false);
                        open = -1;
                    }
                }
                i += width;
            } else {
                i++;
            }
        }
        if (open >= 0) {
            add(out, text, open + openWidth, text.length(), true);
        }
        return out;
    }

    /** Width of a double quotation mark at i: 1 for “ ” ", 2 for '' and ``; 0 if none. */
    private static int mark(String text, int i) {
        char c = text.charAt(i);
        if (c == '“' || c == '”' || c == '"') {
            return 1;
        }
        if ((c == '\'' || c == '`') && i + 1 < text.length() && text.charAt(i + 1) == c) {
            return 2;
        }
        return 0;
    }

    /** A mark opens when it starts a word: after a space, a bracket or the start. */
    private static boolean opensHere(String text, int i, int width) {
        char c = text.charAt(i);
        if (c == '”') {
            return false;
        }
        if (c == '“' || c == '`') {
            return true;
        }
        return startsWord(text, i, width);
    }

    private static boolean startsWord(String text, int i, int width) {
        if (i + width >= text.length() || Character.isWhitespace(text.charAt(i + width))) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char p = text.charAt(i - 1);
        return Character.isWhitespace(p) || "([{—–-:;,".indexOf(p) >= 0;
    }

    private static boolean paragraphStart(String text, int i) {
        int j = i - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
        }
        return j < 0 || text.charAt(j) == '\n';
    }

    /** True when the next non-blank line starts with an opening mark: the quote goes on. */
    private static boolean continuesAfter(String text, int newline) {
        int j = newline;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j < text.length() && mark(text, j) > 0 && text.charAt(j) != '”' && opensHere(text, j, mark(text, j));
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
