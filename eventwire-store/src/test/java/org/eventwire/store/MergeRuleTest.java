package org.eventwire.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.eventwire.store.MergeRule.Loc;
import org.junit.jupiter.api.Test;

class MergeRuleTest {
    private static final Loc NIAMEY = new Loc("Niamey", "NER", 13.51, 2.11);
    private static final Loc NIAMEY_NAME_ONLY = new Loc("niamey", "NER", null, null);
    private static final Loc ZINDER = new Loc("Zinder", "NER", 13.80, 8.99);
    private static final Loc NIGER_ONLY = new Loc(null, "NER", null, null);
    private static final Loc MALI_ONLY = new Loc(null, "MLI", null, null);
    private static final Loc NOWHERE = new Loc(null, null, null, null);

    @Test
    void cameoFamilyIsTheBaseCode() {
        assertEquals("021", MergeRule.cameoBase("0211"));
        assertEquals("021", MergeRule.cameoBase("021"));
        assertEquals("190", MergeRule.cameoBase("19"));
        assertEquals("17", MergeRule.cameoRoot("173"));
        assertEquals(MergeRule.mergeKey("0211", "nermil", "NERGOV", false, false),
                MergeRule.mergeKey("021", "NERMIL", "NERGOV", false, false));
        assertNotEquals(MergeRule.mergeKey("173", "NERMIL", "NERGOV", false, false),
                MergeRule.mergeKey("174", "NERMIL", "NERGOV", false, false));
        assertNotEquals(MergeRule.mergeKey("173", "NERMIL", "NERGOV", false, false),
                MergeRule.mergeKey("173", "NERMIL", "NERGOV", true, false));
        assertNotEquals(MergeRule.mergeKey("173", "NERMIL", "NERGOV", false, false),
                MergeRule.mergeKey("173", "NERMIL", "NGAGOV", false, false));
    }

    @Test
    void datesWithinOneDay() {
        LocalDate d = LocalDate.of(2023, 7, 26);
        assertTrue(MergeRule.datesClose(d, d.plusDays(1)));
        assertTrue(MergeRule.datesClose(d, d.minusDays(1)));
        assertFalse(MergeRule.datesClose(d, d.plusDays(2)));
        assertFalse(MergeRule.datesClose(d, null));
    }

    @Test
    void samePlaceByNameOrByDistance() {
        assertTrue(MergeRule.locationsCompatible(NIAMEY, NIAMEY_NAME_ONLY));
        assertTrue(MergeRule.locationsCompatible(NIAMEY, new Loc("Niamey airport", "NER", 13.48, 2.18)));
        assertFalse(MergeRule.locationsCompatible(NIAMEY, ZINDER), "two cities stay two events");
        assertFalse(MergeRule.locationsCompatible(new Loc("Paris", "FRA", null, null),
                new Loc("Paris", "USA", null, null)));
    }

    @Test
    void unknownPlaceNeedsTheSameCountry() {
        assertTrue(MergeRule.locationsCompatible(NIAMEY, NIGER_ONLY));
        assertTrue(MergeRule.locationsCompatible(NIGER_ONLY, ZINDER));
        assertFalse(MergeRule.locationsCompatible(NIAMEY, MALI_ONLY));
        assertFalse(MergeRule.locationsCompatible(NIAMEY, NOWHERE));
        assertTrue(MergeRule.locationsCompatible(NOWHERE, NOWHERE));
    }
}
