package org.eventwire.coding;

/**
 * An actor found in a sentence: its CAMEO code, the token range it was read from, and why.
 * noCountry is true when only a role was found ("soldiers") and the country is still open.
 */
public record FoundActor(String code, int start, int end, int head, String reason, boolean noCountry) {
    public FoundActor withCode(String c, String why) {
        return new FoundActor(c, start, end, head, why, false);
    }
}
