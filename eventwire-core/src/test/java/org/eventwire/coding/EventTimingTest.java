package org.eventwire.coding;

import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.Event;
import org.eventwire.pipeline.TestAnalyzer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Event dates through the full pipeline (sentences written for this test). */
class EventTimingTest {

    private static Event event(AnalyzedArticle a, String evidence) {
        return a.events().stream().filter(e -> e.evidence().text().contains(evidence)).findFirst()
                .orElseThrow(() -> new AssertionError("no event at '" + evidence + "' in "
                        + a.events().stream().map(e -> e.evidence().text()).toList()));
    }

    @Test
    void reactionsInLaterParagraphsTakeTheDateOfTheLeadAct() {
        AnalyzedArticle a = TestAnalyzer.analyze("Thursday, March 14, 2024\n\n"
                + "On Tuesday, soldiers attacked a village in northern Mali.\n\n"
                + "On Wednesday, the French foreign minister met the Malian president in Bamako.\n\n"
                + "The United Nations condemned the attack.", "2024-03-14");
        assertEquals("2024-03-12", event(a, "attacked").date());
        assertEquals("2024-03-13", event(a, "met").date());
        assertEquals("2024-03-12", event(a, "condemned").date());
    }

    @Test
    void aTimeInARelativeClauseDatesThatClauseNotTheEvent() {
        AnalyzedArticle a = TestAnalyzer.analyze("Thursday, March 14, 2024\n\n"
                + "French President Emmanuel Macron, who visited Berlin on Monday, criticized the Iranian government.",
                "2024-03-14");
        Event e = event(a, "criticized");
        assertEquals("2024-03-14", e.date());
        assertFalse(e.background());
    }

    @Test
    void aWeekdayWithAPastVerbIsTheLastOne() {
        AnalyzedArticle a = TestAnalyzer.analyze("Thursday, March 14, 2024\n\n"
                + "French President Emmanuel Macron criticized the Iranian government on Friday.", "2024-03-14");
        assertEquals("2024-03-08", event(a, "criticized").date());
    }
}
