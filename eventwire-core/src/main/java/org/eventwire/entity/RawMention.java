package org.eventwire.entity;

/** A name found in the text before clustering: type PERSON, ORGANIZATION, LOCATION or GROUP. */
record RawMention(String type, int start, int end, String text, String kind) {
    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
