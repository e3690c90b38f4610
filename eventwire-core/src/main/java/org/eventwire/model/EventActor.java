package org.eventwire.model;

/** A participant of an event: its actor code, display name, and the entity and words behind it. */
public record EventActor(String code, String name, String entityId, Span span) {
}
