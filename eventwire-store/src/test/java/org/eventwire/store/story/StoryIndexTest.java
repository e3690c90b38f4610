package org.eventwire.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryIndexTest {
    private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

    @Test
    void candidatesAreTheStoriesSharingTheMostProbeTerms() {
        StoryIndex ix = new StoryIndex(10);
        ix.add(1, Map.of("earthquake", 1, "pelerin", 2, "harbour", 1), null);
        ix.add(2, Map.of("earthquake", 1, "ostrava", 1), null);
        ix.add(3, Map.of("interest", 1, "rates", 1), null);
        List<StoryProfile> c = ix.candidates(List.of("pelerin", "harbour", "earthquake"), null, 1);
        assertEquals(1, c.size());
        assertEquals(1, c.get(0).id(), "two shared terms beat one");
        assertEquals(List.of(1L, 2L), ix.candidates(List.of("earthquake"), null, 5).stream()
                .map(StoryProfile::id).toList(), "a story without the terms is no candidate");
    }

    @Test
    void aJoinedStorySumsItsReportsAndWidensItsSpan() {
        StoryIndex ix = new StoryIndex(10);
        ix.add(1, Map.of("flood", 1), MAY_1);
        ix.add(1, Map.of("flood", 2, "dam", 1), MAY_1.plusDays(2));
        StoryProfile p = ix.get(1);
        assertEquals(3, p.terms().get("flood"));
        assertEquals(2, p.reports());
        assertEquals(MAY_1, p.first());
        assertEquals(MAY_1.plusDays(2), p.last());
        assertEquals(1, ix.candidates(List.of("dam"), null, 5).size(), "new terms of a joined story are indexed");
    }

    @Test
    void storiesOutsideTheReportsTimeWindowAreNoCandidates() {
        StoryIndex ix = new StoryIndex(10);
        ix.add(1, Map.of("flood", 1), MAY_1);
        assertEquals(1, ix.candidates(List.of("flood"), MAY_1.plusDays(StoryRule.WINDOW_DAYS), 5).size());
        assertTrue(ix.candidates(List.of("flood"), MAY_1.plusDays(StoryRule.WINDOW_DAYS + 1), 5).isEmpty());
    }

    @Test
    void memoryIsBoundedTheLeastRecentlyJoinedStoryLeavesFirst() {
        StoryIndex ix = new StoryIndex(2);
        ix.add(1, Map.of("flood", 1), null);
        ix.add(2, Map.of("strike", 1), null);
        ix.add(1, Map.of("flood", 1), null); // story 1 joined again: story 2 is now the oldest
        ix.add(3, Map.of("election", 1), null);
        assertEquals(2, ix.size());
        assertNull(ix.get(2));
        assertNotNull(ix.get(1));
        assertTrue(ix.candidates(List.of("strike"), null, 5).isEmpty(), "its terms leave the index too");
        for (long s = 4; s < 1000; s++) {
            ix.add(s, Map.of("term" + s, 1), null);
        }
        assertEquals(2, ix.size(), "however many stories the store holds");
    }
}
