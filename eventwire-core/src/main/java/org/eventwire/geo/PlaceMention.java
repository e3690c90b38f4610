package org.eventwire.geo;

/**
 * A stretch of the article that may name a place, as the NLP pipeline (or {@link PlaceSpotter})
 * found it. Offsets are Java String indices into the article, end exclusive. nerTag is the NER
 * label (LOCATION, CITY, COUNTRY, STATE_OR_PROVINCE, GPE) or null; sentenceStart/sentenceEnd
 * bound the sentence that holds it.
 */
public record PlaceMention(int start, int end, String text, String nerTag, int sentenceStart,
                           int sentenceEnd) {

    public String sentence(String article) {
        return article.substring(sentenceStart, sentenceEnd);
    }
}
