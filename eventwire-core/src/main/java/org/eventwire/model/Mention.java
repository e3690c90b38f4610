package org.eventwire.model;

/** One place in the text where an entity is named; kind is NAME, TITLE, NOMINAL or PRONOUN. */
public record Mention(int start, int end, String text, String kind) {
}
