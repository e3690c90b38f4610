package org.eventwire.time;

/** A time expression found over parts [from, to) of a {@link TimeTokens}, with its TIMEX3 type, value and mod. */
record TimeMatch(int from, int to, String value, String type, String mod) {
    TimeMatch(int from, int to, String value, String type) {
        this(from, to, value, type, null);
    }

    TimeMatch withFrom(int f, String m) {
        return new TimeMatch(f, to, value, type, m != null ? m : mod);
    }

    TimeMatch withTo(int t) {
        return new TimeMatch(from, t, value, type, mod);
    }

    TimeMatch withValue(String v, String t) {
        return new TimeMatch(from, to, v, t, mod);
    }

    int length() {
        return to - from;
    }
}
