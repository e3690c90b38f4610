package org.eventwire.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameVariantsTest {
    @Test
    void personVariants() {
        assertTrue(NameVariants.samePerson("Erdogan", "Recep Tayyip Erdoğan"));
        assertTrue(NameVariants.samePerson("Tayyip Erdoğan", "Recep Tayyip Erdoğan"));
        assertTrue(NameVariants.samePerson("John Bolton", "John R. Bolton"));
        assertTrue(NameVariants.samePerson("Vázquez", "Wanda Vázquez Garced"));
        assertTrue(NameVariants.samePerson("Omar bin Ladin", "Omar bin Laden"));
        assertFalse(NameVariants.samePerson("bin", "Omar bin Laden"));
        assertFalse(NameVariants.samePerson("John Smith", "John R. Bolton"));
        assertFalse(NameVariants.samePerson("Anna Berg", "Hanna Borg"));
    }

    @Test
    void organisationVariants() {
        assertTrue(NameVariants.sameOrganisation("State Department", "United States Department of State"));
        assertTrue(NameVariants.sameOrganisation("ISIL", "Islamic State"));
        assertFalse(NameVariants.sameOrganisation("Justice Department", "United States Department of State"));
    }
}
