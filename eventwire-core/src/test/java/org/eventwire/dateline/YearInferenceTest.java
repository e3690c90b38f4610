package org.eventwire.dateline;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class YearInferenceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void bareWeekdayIsTheDatelineDayOrTheDayBefore() {
        // July 27 was a Thursday in 2023: "on Wednesday" is the day before
        assertEquals(LocalDate.of(2023, 7, 27),
                YearInference.infer(MonthDay.of(7, 27), Map.of(), List.of(DayOfWeek.WEDNESDAY), TODAY));
    }

    @Test
    void explicitPairMustHold() {
        // Monday, March 4 holds in 2024 and 2019; the latest wins
        assertEquals(LocalDate.of(2024, 3, 5), YearInference.infer(MonthDay.of(3, 5),
                Map.of(MonthDay.of(3, 4), DayOfWeek.MONDAY), List.of(), TODAY));
    }

    @Test
    void neverAfterToday() {
        LocalDate d = YearInference.infer(MonthDay.of(12, 25), Map.of(), List.of(), TODAY);
        assertEquals(2025, d.getYear());
    }

    @Test
    void leapDayOnlyInLeapYears() {
        assertEquals(2024, YearInference.infer(MonthDay.of(2, 29), Map.of(), List.of(), TODAY).getYear());
    }
}
