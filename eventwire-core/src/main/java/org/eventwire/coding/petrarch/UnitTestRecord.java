package org.eventwire.coding.petrarch;

import java.util.Set;

/**
 * One PETRARCH unit-test record: the sentence, its date (yyyymmdd), category, the codings it
 * expects as "source target code" triples, and the error it expects instead ("bad_input_parse",
 * "storydiscard", "sentencediscard"), if any. parse is the record's own tree, kept only to
 * check that the input is well formed. coded is false for records marked sentence="false": PETRARCH's
 * own validator codes only sentence="true" records (the file uses "false" for features it
 * leaves unimplemented), so they are skipped, not failed.
 */
public record UnitTestRecord(String id, int date, String category, String text, String parse,
                             Set<Triple> expected, String expectedError, boolean coded) {
    /** A coded event as the unit tests compare it. */
    public record Triple(String source, String target, String code) {
        @Override
        public String toString() {
            return source + " " + target + " " + code;
        }
    }
}
