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
    void nonEnglish() {
        String de = "Die Bundesregierung hat am Mittwoch beschlossen, die Hilfen für die Ukraine zu erhöhen. "
                + "Der Kanzler sagte, man werde weiterhin an der Seite der Ukraine stehen und die Sanktionen "
                + "gegen Russland verschärfen, wenn es nötig sei. Die Opposition kritisierte die Entscheidung.";
        assertNull(InputCheck.problem(de), "readable: declined later, not failed");
        assertTrue(InputCheck.notEnglish(de).startsWith("not English"));
        String ru = "Президент России заявил в среду, что переговоры будут продолжены на следующей неделе в Стамбуле.";
        assertTrue(InputCheck.notEnglish(ru).startsWith("not English"));
    }

    @Test
    void englishNewsPasses() {
        assertNull(InputCheck.notEnglish("NIAMEY, July 26 (Reuters) - Soldiers in Niger said on Wednesday they had "
                + "removed President Mohamed Bazoum from power, hours after the presidential guard detained him at "
                + "his residence in the capital."));
    }
}
