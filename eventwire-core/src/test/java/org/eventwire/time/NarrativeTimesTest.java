package org.eventwire.time;

import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.TimeExpression;
import org.eventwire.pipeline.TestAnalyzer;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Time values as news means them (sentences written for this test). */
class NarrativeTimesTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 3, 13);

    @Test
    void weekdaysLookBackForThePastAndAheadForTheFuture() {
        assertEquals(LocalDate.of(2024, 3, 8), NarrativeTimes.weekday(WEDNESDAY, DayOfWeek.FRIDAY, Tense.PAST, false));
        assertEquals(LocalDate.of(2024, 3, 15), NarrativeTimes.weekday(WEDNESDAY, DayOfWeek.FRIDAY, Tense.FUTURE, false));
        // the article's own weekday is today, unless "last" or "next" says otherwise
        assertEquals(WEDNESDAY, NarrativeTimes.weekday(WEDNESDAY, DayOfWeek.WEDNESDAY, Tense.PAST, false));
        assertEquals(LocalDate.of(2024, 3, 6), NarrativeTimes.weekday(WEDNESDAY, DayOfWeek.WEDNESDAY, Tense.PAST, true));
        assertEquals(LocalDate.of(2024, 3, 20), NarrativeTimes.weekday(WEDNESDAY, DayOfWeek.WEDNESDAY, Tense.FUTURE, true));
        assertEquals(LocalDate.of(2024, 3, 11), NarrativeTimes.weekday(WEDNESDAY, DayOfWeek.MONDAY, Tense.UNKNOWN, false));
    }

    @Test
    void paragraphsAndDateLines() {
        String text = "Thursday, March 14, 2024\u00a0\n\n\nFirst paragraph.\nStill first.\n\nSecond.";
        Paragraphs p = new Paragraphs(text);
        assertEquals(0, p.indexOf(0));
        assertEquals(1, p.indexOf(text.indexOf("First")));
        assertEquals(1, p.indexOf(text.indexOf("Still")));
        assertEquals(2, p.indexOf(text.indexOf("Second")));
        assertTrue(Paragraphs.aloneOnItsLine(text, 0, 24));
        assertFalse(Paragraphs.aloneOnItsLine(text, text.indexOf("First"), text.indexOf("First") + 5));
    }

    @Test
    void weekdayByTenseAndDaysCountedFromTheStory() {
        AnalyzedArticle a = TestAnalyzer.analyze("Thursday, March 14, 2024\n\n"
                + "Police arrested two men in Lyon on Monday. The men were released the next day.\n\n"
                + "The foreign ministers will meet in Paris on Monday, and the mayor resigned on Friday.", "2024-03-14");
        assertEquals("2024-03-11", value(a, "Monday", 0));
        assertEquals("2024-03-12", value(a, "the next day", 0));
        assertEquals("2024-03-18", value(a, "Monday", 1));
        assertEquals("2024-03-08", value(a, "Friday", 0));
    }

    @Test
    void intentionsLookAheadAndMonthsTakeTheYearOfTheirTense() {
        AnalyzedArticle a = TestAnalyzer.analyze("The delegation planned to leave Dakar on Friday. The court would rule "
                + "on Monday. The company admitted the fraud in December. The new port will open in February.",
                "2024-09-18");
        assertEquals("2024-09-20", value(a, "Friday", 0));
        assertEquals("2024-09-23", value(a, "Monday", 0));
        assertEquals("2023-12", value(a, "December", 0));
        assertEquals("2025-02", value(a, "February", 0));
    }

    @Test
    void anchoredOnTheDatelineOverThePublicationDate() {
        AnalyzedArticle a = TestAnalyzer.analyze("LAGOS, March 3 (Reuters) - Troops entered the town yesterday, "
                + "two weeks ago the mayor fled, and last month the army withdrew.", "2024-03-05");
        assertEquals("2024-03-03", value(a, "March 3", 0));
        assertEquals("2024-03-02", value(a, "yesterday", 0));
        assertEquals("2024-W07", value(a, "two weeks ago", 0));
        assertEquals("2024-02", value(a, "last month", 0));
    }

    private static String value(AnalyzedArticle a, String text, int nth) {
        return a.times().stream().filter(t -> t.text().equals(text)).skip(nth).findFirst()
                .map(TimeExpression::value).orElseThrow(() -> new AssertionError(text + " not in " + a.times()));
    }
}
