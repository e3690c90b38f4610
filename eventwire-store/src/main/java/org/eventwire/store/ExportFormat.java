package org.eventwire.store;

import java.util.Locale;

/** Export formats: one Parquet or JSON Lines file per table, or a GDELT 2.0 event table. */
public enum ExportFormat {
    PARQUET, JSONL, GDELT;

    /** Parses "parquet", "jsonl" or "gdelt", with a one-line error otherwise. */
    public static ExportFormat parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown export format '" + s
                    + "' (expected parquet, jsonl or gdelt)");
        }
    }
}
