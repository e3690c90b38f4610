package org.eventwire.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryRuleTest {
    private static final String QUAKE_A = "A strong earthquake of magnitude 6.1 shook the coastal town of "
            + "Pelerin on Tuesday, destroying the old harbour and killing four fishermen, rescuers said.";
    private static final String QUAKE_A2 = "Rescuers in Pelerin searched the ruined harbour after Tuesday's "
            + "magnitude 6.1 earthquake killed four fishermen in the coastal town.";
    private static final String QUAKE_B = "An earthquake of magnitude 5.2 struck the mountain village of "
            + "Ostrava Dolna, cutting the railway and injuring a shepherd, officials said.";
    private static final String OTHER = "The central bank raised interest rates by half a point to cool "
            + "prices, the governor told reporters.";

    private final Map<String, Integer> df = new HashMap<>();
    private long n;

    private Map<String, Integer> doc(String text) {
        Map<String, Integer> t = StoryFeatures.terms(null, text);
        t.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
        n++;
        return t;
    }

    private List<StoryRule.Match> match(Map<String, Integer> terms, LocalDate d, StoryProfile... stories) {
        return StoryRule.matches(terms, d, List.of(stories), t -> df.getOrDefault(t, 0), n);
    }

    @Test
    void aReportJoinsTheStoryThatTellsTheSameHappening() {
        Map<String, Integer> a = doc(QUAKE_A);
        Map<String, Integer> b = doc(QUAKE_B);
        doc(OTHER);
        Map<String, Integer> a2 = doc(QUAKE_A2);
        List<StoryRule.Match> m = match(a2, null, new StoryProfile(1, a, 1, null, null),
                new StoryProfile(2, b, 1, null, null));
        assertEquals(1, m.size());
        assertEquals(1, m.get(0).storyId());
    }

    @Test
    void storiesFarApartInTimeStayApartEvenWhenTheWordsMatch() {
        Map<String, Integer> a = doc(QUAKE_A);
        doc(QUAKE_B);
        doc(OTHER);
        Map<String, Integer> a2 = doc(QUAKE_A2);
        LocalDate d = LocalDate.of(2024, 5, 1);
        assertEquals(1, match(a2, d.plusDays(3), new StoryProfile(1, a, 1, d, d)).size());
        assertTrue(match(a2, d.plusDays(StoryRule.WINDOW_DAYS + 1), new StoryProfile(1, a, 1, d, d)).isEmpty());
        assertEquals(1, match(a2, null, new StoryProfile(1, a, 1, d, d)).size(), "an undated report is not held back");
    }

    @Test
    void aReportThatFitsTwoStoriesJoinsTheBetterOne() {
        Map<String, Integer> a = doc(QUAKE_A);
        doc(OTHER);
        doc(QUAKE_B);
        Map<String, Integer> a2 = doc(QUAKE_A2);
        List<StoryRule.Match> m = match(a2, null, new StoryProfile(7, a, 1, null, null),
                new StoryProfile(3, a, 1, null, null));
        assertEquals(2, m.size());
        assertEquals(3, m.get(0).storyId(), "equal similarity: the oldest story first");
    }

    @Test
    void aYoungStoreStillKeepsABurstOfReportsOfOneHappeningTogether() {
        // the first reports of a fresh store all tell one happening, so its own words are in
        // every report; measured against so few reports they would weigh nothing at all
        Map<String, Integer> a = doc(QUAKE_A);
        Map<String, Integer> a2 = doc(QUAKE_A2);
        Map<String, Integer> story = new HashMap<>(a);
        a2.forEach((k, v) -> story.merge(k, v, Integer::sum));
        Map<String, Integer> a3 = doc("Four fishermen died when the magnitude 6.1 earthquake hit the "
                + "harbour of Pelerin, a coastal town, on Tuesday.");
        List<StoryRule.Match> m = match(a3, null, new StoryProfile(1, story, 2, null, null));
        assertEquals(1, m.size(), "joins the story its words share");
    }

    @Test
    void featuresFoldCaseAndAccentsAndDropStopWords() {
        Map<String, Integer> t = StoryFeatures.terms(null, "The Café in Zürich said the café's owner");
        assertEquals(2, t.get("cafe"));
        assertTrue(t.containsKey("zurich"));
        assertFalse(t.containsKey("the"));
        assertFalse(t.containsKey("said"));
    }

    @Test
    void aReportAboutAnotherSubjectDoesNotJoinAStoryOfTheSameKind() {
        Map<String, Integer> first = doc("Halvorsen kept his heavyweight title on Saturday, stopping the "
                + "challenger in the seventh round before a sold-out arena, and Halvorsen said he would "
                + "fight again in spring.");
        first.put("k:halvorsen", 1);
        doc(OTHER);
        doc(QUAKE_B);
        Map<String, Integer> second = doc("Moreau kept his heavyweight title on Saturday, stopping the "
                + "challenger in the sixth round before a sold-out arena, and Moreau said he would "
                + "fight again in autumn.");
        StoryProfile story = new StoryProfile(1, first, 1, null, null);
        assertEquals(1, match(second, null, story).size(), "without a subject the words decide");
        second.put("k:moreau", 1);
        assertTrue(match(second, null, story).isEmpty(), "two fights of two boxers");
    }

    @Test
    void aFollowUpOutsideTheWindowJoinsOnlyAStoryAboutItsOwnSubject() {
        Map<String, Integer> killing = doc("Police charged Arno Vidal with the murder of a night watchman "
                + "in the port of Pelerin; Vidal denies the killing.");
        killing.put("k:vidal", 1);
        doc(OTHER);
        doc(QUAKE_B);
        Map<String, Integer> trial = doc("A jury found Arno Vidal guilty of the murder of the night "
                + "watchman in the port of Pelerin; Vidal will be sentenced next month.");
        LocalDate d = LocalDate.of(2024, 5, 1);
        StoryProfile story = new StoryProfile(1, killing, 1, d, d);
        LocalDate later = d.plusMonths(14);
        assertTrue(match(trial, later, story).isEmpty(), "far apart in time, words alone do not join");
        trial.put("k:vidal", 1);
        assertEquals(1, match(trial, later, story).size(), "the same man's trial is the same story");
        trial.remove("k:vidal");
        trial.put("k:moreau", 1);
        assertTrue(match(trial, later, story).isEmpty());
    }
}
