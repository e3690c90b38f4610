package org.eventwire.dateline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonthNamesTest {
    @Test
    void namesInAnyCaseAndAbbreviation() {
        assertEquals(2, MonthNames.month("FEB"));
        assertEquals(2, MonthNames.month("FEb"));
        assertEquals(9, MonthNames.month("Sept."));
        assertEquals(3, MonthNames.month("march"));
        assertEquals(3, MonthNames.month("MArch"));
        assertEquals(12, MonthNames.month("December"));
    }

    @Test
    void oneSlipInAFullName() {
        assertEquals(3, MonthNames.month("Mach"));
        assertEquals(2, MonthNames.month("Febuary"));
        assertEquals(3, MonthNames.month("Marhc"));
    }

    @Test
    void otherWordsAreNoMonths() {
        assertEquals(0, MonthNames.month("Calif"));
        assertEquals(0, MonthNames.month("Ma"));
        assertEquals(0, MonthNames.month("Mayor"));
        assertEquals(0, MonthNames.month("Texas"));
        assertFalse(MonthNames.oneEditApart("june", "july"));
        assertTrue(MonthNames.oneEditApart("octber", "october"));
    }
}
