package org.eventwire.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CountryTableTest {
    private final CountryTable t = CountryTable.get();

    @Test
    void namesAndShortForms() {
        for (String n : new String[] {"US", "U.S.", "USA", "America", "United States of America", "the United States"}) {
            assertEquals("USA", t.byName(n).alpha3(), n);
        }
        assertEquals("GBR", t.byName("Britain").alpha3());
        assertEquals("GBR", t.byName("UK").alpha3());
        assertEquals("CIV", t.byName("Ivory Coast").alpha3());
        assertEquals("CIV", t.byName("COTE D'IVOIRE").alpha3());
        assertEquals("COD", t.byName("DR Congo").alpha3());
        assertEquals("NER", t.byName("niger").alpha3());
        assertEquals("NGA", t.byName("Nigeria").alpha3());
        assertEquals("United States", t.byAlpha3("USA").name());
        assertNull(t.byName("Niamey"));
    }

    @Test
    void demonymsCapitalsCodesAndPoints() {
        assertEquals("USA", t.byDemonym("American").alpha3());
        assertEquals("NER", t.byDemonym("Nigerien").alpha3());
        assertEquals("NGA", t.byDemonym("Nigerian").alpha3());
        assertEquals("BFA", t.byDemonym("Burkinabe").alpha3());
        assertEquals("FRA", t.byDemonym("French").alpha3());
        assertEquals("NER", t.byCapital("Niamey").alpha3());
        assertEquals("USA", t.byCapital("Washington").alpha3());
        assertEquals("NE", t.byAlpha3("NER").alpha2());
        assertEquals("NER", t.byAlpha2("ne").alpha3());
        assertNotNull(t.byAlpha3("FRA").lat());
        assertEquals(250, t.countries().size());
    }

    @Test
    void regions() {
        assertEquals("West Africa", t.region("West Africa").name());
        assertEquals("Sahel", t.region("the Sahel").name());
        assertNotNull(t.region("Eastern Mediterranean"));
        assertNull(t.region("France"));
    }
}
