package org.eventwire.coding.dict;

import java.util.List;

/**
 * One actor, agent or discard phrase: its words (upper case) and whether the last word may
 * match as a stem (TABARI convention: an entry not ending in "_" matches words that begin
 * with it). codes holds dated codes for actors, one "~GOV" / "NGO~" style code for agents.
 */
public record PhraseEntry(List<String> words, boolean stem, String name, List<DatedCode> codes) {

    /** The code valid on the date (yyyymmdd, 0 if unknown): the first restriction covering it, else the default. */
    public String codeOn(int date) {
        if (date > 0) {
            for (DatedCode c : codes) {
                if (c.restricted() && c.covers(date)) {
                    return c.code();
                }
            }
        }
        for (DatedCode c : codes) {
            if (!c.restricted()) {
                return c.code();
            }
        }
        // only restricted codes and none covers the date: the entry does not code then
        return date > 0 || codes.isEmpty() ? null : codes.get(codes.size() - 1).code();
    }
}
