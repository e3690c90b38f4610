package org.eventwire.coding.dict;

/**
 * An actor code valid between two dates (yyyymmdd as int, inclusive; 0 and MAX for open
 * ends), as actor dictionaries restrict them: [NERGOV 891220-930416], [HOB &lt; 950601].
 */
public record DatedCode(String code, int from, int to) {
    public static final int OPEN_END = Integer.MAX_VALUE;

    public boolean restricted() {
        return from > 0 || to < OPEN_END;
    }

    public boolean covers(int date) {
        return date >= from && date <= to;
    }
}
