package org.eventwire.store;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Wall-clock time for the ingested_at / added_at bookkeeping columns, always UTC. */
final class Clock {
    private static final DateTimeFormatter SQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Clock() {
    }

    static String nowUtc() {
        return LocalDateTime.now(ZoneOffset.UTC).format(SQL);
    }
}
