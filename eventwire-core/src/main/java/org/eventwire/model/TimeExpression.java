package org.eventwire.model;

/** A time expression normalised to a TIMEX3 value ("2023-07-26", "2023-07", "PRESENT_REF"). */
public record TimeExpression(String text, int start, int end, String value, String type, String mod) {
}
