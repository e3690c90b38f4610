package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Acts told as history or habit are background (the article is dated Wednesday 2023-05-10):
 * a week, month or year already over, the start of a period, an anniversary, a habit, a stretch
 * of years; acts of this week stay events.
 */
class BackgroundFrameTest {
    private static boolean background(List<Event> evs, String word) {
        return evs.stream().anyMatch(e -> e.evidence().text().contains(word) && e.background());
    }

    private static boolean current(List<Event> evs, String word) {
        return evs.stream().anyMatch(e -> e.evidence().text().contains(word) && !e.background());
    }

    @Test
    void aWeekMonthOrYearAlreadyOverIsHistory() {
        List<Event> evs = events("Last year, Brazil expelled the Peruvian ambassador. Last week, Peru condemned "
                + "Brazil. On Monday, Chile criticized Brazil.");
        assertTrue(background(evs, "expelled"), evs.toString());
        assertTrue(background(evs, "condemned"), evs.toString());
        assertTrue(current(evs, "criticized"), evs.toString());
    }

    @Test
    void theStartOfAPeriodAndAnAnniversaryAreHistory() {
        List<Event> evs = events("Police in Ghana have detained 300 people since the protests began. Ghanaian "
                + "students marked the anniversary of the army's seizure of the capital.");
        assertTrue(current(evs, "detained"), evs.toString());
        assertFalse(current(evs, "protests"), evs.toString());
        assertFalse(current(evs, "seizure"), evs.toString());
    }

    @Test
    void aHabitAndAStretchOfYearsAreNotNewsOfTheDay() {
        List<Event> evs = events("The Kenyan Red Cross annually donates food to Somalia. Kenyan and Ugandan "
                + "diplomats have negotiated the border treaty over the past six years. On Tuesday, Kenya "
                + "signed the treaty with Uganda.");
        assertFalse(current(evs, "donates"), evs.toString());
        assertFalse(current(evs, "negotiated"), evs.toString());
        assertTrue(current(evs, "signed"), evs.toString());
    }
}
