package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Acts told as history or habit are background (the article is dated Wednesday 2023-05-10):
 * a week, month or year over before the day the story leads with, the start of a period, an
 * anniversary, a habit, a stretch of years; acts of this week stay events.
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
        List<Event> evs = events("On Monday, Chile criticized Brazil. Last year, Brazil expelled the Peruvian "
                + "ambassador. Last week, Peru condemned Brazil.");
        assertTrue(background(evs, "expelled"), evs.toString());
        assertTrue(background(evs, "condemned"), evs.toString());
        assertTrue(current(evs, "criticized"), evs.toString());
    }

    @Test
    void aReportWithNoDayOfItsOwnIsAboutThatWeek() {
        // no day leads the story: "last week" is the report's own time, not history
        List<Event> evs = events("Five hundred Chadian rebels surrendered to the Chadian army last week.");
        assertTrue(evs.stream().noneMatch(Event::background), evs.toString());
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
