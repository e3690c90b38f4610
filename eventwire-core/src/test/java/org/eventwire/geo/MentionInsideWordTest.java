package org.eventwire.geo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The NER may tag a name inside a hyphenated word ("non-Kansas"): the context reader must cope. */
class MentionInsideWordTest {
    @Test
    void mentionStartingInsideAWordIsResolvedWithoutCrashing() {
        String text = "The grant could move other, non-Kansas funders to give more.";
        int at = text.indexOf("Kansas");
        PlaceMention m = new PlaceMention(at, at + "Kansas".length(), "Kansas", "LOCATION", 0, text.length());
        assertDoesNotThrow(() -> new PlaceResolver().resolve(text, List.of(m), null));
    }
}
