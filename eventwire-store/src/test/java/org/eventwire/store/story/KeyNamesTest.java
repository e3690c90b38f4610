package org.eventwire.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.Entity;
import org.eventwire.model.Mention;
import org.junit.jupiter.api.Test;

class KeyNamesTest {
    static Entity entity(String name, String type, int mentions) {
        List<Mention> m = new ArrayList<>();
        for (int i = 0; i < mentions; i++) {
            m.add(new Mention(i * 10, i * 10 + 3, "him", "PRONOUN"));
        }
        return new Entity("E" + name.length(), name, type, null, null, null, m);
    }

    static AnalyzedArticle article(String text, Entity... entities) {
        return new AnalyzedArticle(AnalyzedArticle.SCHEMA, "a", null, null, null, null, null,
                List.of(entities), List.of(), List.of(), List.of(), List.of(), List.of(), text, List.of(),
                AnalyzedArticle.OK, null);
    }

    @Test
    void theSubjectIsTheMostMentionedPersonOrOrganisationByTheLastWordOfItsName() {
        AnalyzedArticle a = article("", entity("Tomas Halvorsen", "PERSON", 5),
                entity("Riverside Harbour Authority", "ORGANIZATION", 4), entity("Lisbon", "LOCATION", 9));
        assertEquals("k:halvorsen", KeyNames.of(a));
        assertNull(KeyNames.of(article("", entity("Tomas Halvorsen", "PERSON", KeyNames.MIN_MENTIONS - 1))),
                "a name met a few times is no subject");
        assertEquals("k:berg", KeyNames.of(article("", entity("Tomas Halvorsen", "PERSON", 5),
                entity("Ina Berg", "PERSON", 5))), "a tie goes to the first name in order, not to the list order");
    }

    @Test
    void theSubjectIsATermThatTakesNoPartInTheCosine() {
        Map<String, Integer> t = StoryFeatures.terms(article("Halvorsen won the final in Oslo.",
                entity("Tomas Halvorsen", "PERSON", 4)), "Halvorsen won the final in Oslo.");
        assertEquals(1, t.get("k:halvorsen"));
        assertFalse(StoryRule.vector(t, k -> 0, 1).containsKey("k:halvorsen"));
        assertTrue(StoryRule.vector(t, k -> 0, 1).containsKey("halvorsen"));
    }

    @Test
    void reportAndStoryConflictOnlyWhenNeitherNamesTheOthersSubject() {
        Map<String, Integer> story = new TreeMap<>(Map.of("k:halvorsen", 2, "halvorsen", 7, "title", 3,
                "ring", 2));
        StoryProfile s = new StoryProfile(1, story, 2, null, null);
        Map<String, Integer> other = Map.of("k:moreau", 1, "moreau", 5, "title", 1);
        Map<String, Integer> sideFigure = Map.of("k:moreau", 1, "moreau", 5, "halvorsen", 1);
        Map<String, Integer> sameSubject = Map.of("k:halvorsen", 1, "halvorsen", 4);
        Map<String, Integer> noSubject = Map.of("title", 1, "ring", 1);
        assertTrue(KeyNames.conflict(KeyNames.ofReport(other), other, s), "two fights of two boxers");
        assertFalse(KeyNames.conflict(KeyNames.ofReport(sideFigure), sideFigure, s),
                "the report names the story's subject");
        assertFalse(KeyNames.conflict(KeyNames.ofReport(sameSubject), sameSubject, s));
        assertFalse(KeyNames.conflict(KeyNames.ofReport(noSubject), noSubject, s));
        assertTrue(KeyNames.shared(KeyNames.ofReport(sameSubject), s));
        assertFalse(KeyNames.shared(KeyNames.ofReport(sideFigure), s));
    }

    @Test
    void aStorysSubjectsAreTheSubjectsOfAtLeastHalfItsReports() {
        StoryProfile s = new StoryProfile(1, Map.of("k:halvorsen", 2, "k:moreau", 1, "k:berg", 3), 5,
                null, null);
        assertEquals(List.of("berg"), KeyNames.ofStory(s));
        assertEquals(List.of("berg", "halvorsen"), KeyNames.ofStory(new StoryProfile(1, new TreeMap<>(s.terms()),
                4, null, null)));
    }
}
