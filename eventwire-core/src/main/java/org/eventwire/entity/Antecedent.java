package org.eventwire.entity;

/** A mention a pronoun may refer to: its span, whether it is a clause subject, and its entity. */
public record Antecedent(int start, int end, boolean subject, String entityId) {
}
