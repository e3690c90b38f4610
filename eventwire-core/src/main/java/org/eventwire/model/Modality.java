package org.eventwire.model;

/** A flag on an event (NEGATED, HYPOTHETICAL, CLAIMED, BACKGROUND) and the words that set it. */
public record Modality(String flag, Span cue) {
}
