package org.eventwire.model;

/** A participant of an event: its actor code, display name, and the entity and words behind it. */
public record EventActor(String code, String name, String entityId, Span span) {
    /**
     * How the name of an actor the coder implied, which no words name ("unnamed police of USA"),
     * begins: readers such as the store's merge rule treat such an actor as unknown.
     */
    public static final String UNNAMED = "unnamed ";
}
