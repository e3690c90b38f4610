package org.eventwire.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RarityTest {
    @Test
    void aNameRepeatedByABurstOfReportsOfOneStoryStaysRarerThanAWordOfEveryStory() {
        // 100 reports in 40 stories: "pelerin" is in 20 reports, all of one story; "police"
        // is in 20 reports of 20 stories
        Map<String, Integer> reportDf = Map.of("pelerin", 20, "police", 20);
        Map<String, Integer> storyDf = Map.of("pelerin", 1, "police", 20);
        Rarity r = new Rarity(reportDf::get, 100, storyDf::get, 40);
        assertTrue(r.idf("pelerin") > r.idf("police") + 0.5);
        Rarity reportsOnly = Rarity.of(reportDf::get, 100);
        assertEquals(reportsOnly.idf("pelerin"), reportsOnly.idf("police"), 1e-9);
    }

    @Test
    void aYoungStoreIsMeasuredAgainstThePrior() {
        Rarity r = Rarity.of(t -> 1, 3);
        assertEquals(Math.log((StoryRule.PRIOR_REPORTS + 1.0) / 2.0), r.idf("any"), 1e-9);
    }
}
