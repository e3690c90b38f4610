package org.eventwire.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The paragraphs of a text (separated by a blank line): which one holds a given offset. */
public final class Paragraphs {
    private final int[] starts;

    public Paragraphs(String text) {
        List<Integer> s = new ArrayList<>();
        s.add(0);
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (text.charAt(i) == '\n') {
                int j = i + 1;
                while (j < n && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < n && text.charAt(j) == '\n') {
                    // a blank line: the next paragraph starts after the run of blank lines
                    while (j < n && Character.isWhitespace(text.charAt(j))) {
                        j++;
                    }
                    if (j < n) {
                        s.add(j);
                    }
                    i = j;
                    continue;
                }
            }
            i++;
        }
        starts = s.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 0-based number of the paragraph that holds the offset. */
    public int indexOf(int offset) {
        int k = Arrays.binarySearch(starts, offset);
        return k >= 0 ? k : -k - 2;
    }

    /** True when [start, end) is all there is on its line: a date line above the story, not part of it. */
    public static boolean aloneOnItsLine(String text, int start, int end) {
        int from = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (start == 0) {
            from = 0;
        }
        int to = text.indexOf('\n', end);
        to = to < 0 ? text.length() : to;
        return blank(text, from, start) && blank(text, end, to);
    }

    /** Blank, counting no-break spaces as spaces (String.isBlank does not). */
    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}
