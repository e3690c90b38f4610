package org.eventwire.model;

/**
 * Who a quote is attributed to: the entity's canonical name, its id, and the mention it hangs
 * on. kind says what that mention is: NAME, PRONOUN, TITLE ("the president"), NOMINAL (another
 * noun phrase: "the party", "the statement") or SPOKESPERSON ("a spokesperson for the agency",
 * resolved to the body it speaks for).
 */
public record Speaker(String name, String entityId, Integer start, Integer end, String text, String kind) {
    /** A speaker whose mention kind is not known (older stored records). */
    public Speaker(String name, String entityId, Integer start, Integer end, String text) {
        this(name, entityId, start, end, text, null);
    }
}
