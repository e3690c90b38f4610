package org.eventwire.coding;

import java.util.Map;

/**
 * Territories that CAMEO codes under their sovereign state: Puerto Rico is USAPRI (its governor
 * USAPRIGOV), though ISO gives it a code of its own (PRI). Applied to finished actor codes.
 */
final class Territories {
    private static final Map<String, String> UNDER = Map.of("PRI", "USAPRI");

    private Territories() {
    }

    static String code(String c) {
        if (c == null || c.length() < 3) {
            return c;
        }
        String p = UNDER.get(c.substring(0, 3));
        return p == null ? c : p + c.substring(3);
    }
}
