package org.eventwire.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputCheckTest {
    @Test
    void emptyAndBlank() {
        assertTrue(InputCheck.problem("").startsWith("empty"));
        assertTrue(InputCheck.problem(" \n\t ").startsWith("empty"));
        assertTrue(InputCheck.problem(null).startsWith("empty"));
    }

    @Test
    void binary() {
        String bin = "PK\u0003\u0004\u0000\u0000\u0001\u0002" + "abc\u0000\u0007".repeat(50);
        assertTrue(InputCheck.problem(bin).startsWith("binary"));
    }

    @Test
    void undecodable() {
        assertTrue(InputCheck.problem("caf\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD text").startsWith("invalid text encoding"));
    }

    @Test
    void hugeSingleLine() {
        String huge = "word ".repeat(4_000_000);
        assertTrue(InputCheck.problem(huge).startsWith("text too long"));
    }

    @Test
    void onlyAnotherLanguageIsDeclinedWithItsName() {
        assertNull(InputCheck.notEnglish(new TextLanguage("en", 0.0)));
        String why = InputCheck.notEnglish(new TextLanguage("pt", 0.21));
        assertTrue(why.startsWith("not English: Portuguese (pt"), why);
    }
}
