package org.eventwire.store;

/**
 * Where the lead paragraph ends, for GDELT's IsRootEvent: the first paragraph (lines split on
 * newlines) of at least {@link #MIN_WORDS} words, so a headline or a bare dateline does not count.
 */
final class Lead {
    static final int MIN_WORDS = 12;

    private Lead() {
    }

    /** Offset just past the lead paragraph; the whole text when it has no such paragraph. */
    static int end(String text) {
        if (text == null) {
            return 0;
        }
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int stop = nl < 0 ? text.length() : nl;
            String para = text.substring(pos, stop).strip();
            if (!para.isEmpty() && para.split("\\s+").length >= MIN_WORDS) {
                return stop;
            }
            pos = stop + 1;
        }
        return text.length();
    }
}
