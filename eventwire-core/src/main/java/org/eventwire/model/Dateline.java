package org.eventwire.model;

/**
 * The wire dateline ("Washington [US], July 27 (ANI):"). {@code date} is ISO yyyy-MM-dd;
 * {@code dateInferred} is true when the year came from weekday arithmetic, not from the text
 * or the publication date.
 */
public record Dateline(String place, String country, String date, String agency,
                       boolean dateInferred, Span evidence) {
}
