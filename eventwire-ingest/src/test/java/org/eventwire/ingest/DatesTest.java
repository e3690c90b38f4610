package org.eventwire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatesTest {
    @Test
    void normalizesCommonForms() {
        assertEquals("2019-11-18", Dates.normalize("2019-11-18T08:22:00-05:00"));
        assertEquals("2019-11-18", Dates.normalize("2019/11/18"));
        assertEquals("2019-11-18", Dates.normalize("20191118"));
        assertEquals("2024-09-10", Dates.normalize("Tue, 10 Sep 2024 08:30:00 GMT"));
        assertEquals("2019-11-18", Dates.normalize("Published Monday, November 18, 2019 8:22AM EST"));
        assertEquals("2019-03-07", Dates.normalize("7th March 2019"));
        assertNull(Dates.normalize("2019-13-45"));
        assertNull(Dates.normalize("yesterday"));
        assertNull(Dates.normalize(null));
    }
}
