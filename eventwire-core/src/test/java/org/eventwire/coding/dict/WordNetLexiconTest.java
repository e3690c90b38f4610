package org.eventwire.coding.dict;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeds widened by WordNet 3.1: synonyms of the first sense, derived event nouns, no persons. */
class WordNetLexiconTest {
    private static List<WordNetLexicon.Generated> gen(String line) {
        return WordNetLexicon.expand(List.of("# a comment", line));
    }

    private static boolean has(List<WordNetLexicon.Generated> g, String word, boolean noun) {
        return g.stream().anyMatch(x -> x.word().equals(word) && x.noun() == noun);
    }

    @Test
    void verbsAndTheirEventNounsShareOneEntry() {
        long t0 = System.nanoTime();
        List<WordNetLexicon.Generated> g = gen("173  ARREST: arrest detain");
        System.out.println("WordNet expansion " + (System.nanoTime() - t0) / 1_000_000 + " ms: " + g);
        assertTrue(has(g, "arrest", false));
        assertTrue(has(g, "detain", false));
        assertTrue(has(g, "detention", true), g.toString());
        assertTrue(g.stream().allMatch(x -> x.code().equals("173") && x.block().equals("ARREST")));
    }

    @Test
    void personNounsAndOtherSensesStayOut() {
        List<WordNetLexicon.Generated> g = gen("111  CRITICIZE: criticize");
        assertTrue(has(g, "criticize", false));
        assertFalse(has(g, "critic", true), "a person is no event: " + g);
        assertFalse(has(g, "knock", false), "knock means hitting first: " + g);
    }

    @Test
    void deterministicAndSorted() {
        List<WordNetLexicon.Generated> a = gen("051  PRAISE: praise thank");
        assertEquals(a, gen("051  PRAISE: praise thank"));
        assertTrue(has(a, "thank", false));
    }

    @Test
    void builtInDictionariesHoldGeneratedWordsAfterHandWrittenOnes() {
        Dictionaries d = Dictionaries.builtIn();
        assertFalse(d.nouns.lookup("DETENTION", "DETENTION").isEmpty());
        assertTrue(d.sources.stream().anyMatch(s -> s.startsWith("WordNet 3.1")), d.sources.toString());
        // a hand-written entry keeps its block
        assertEquals("ARREST", d.verbs.lookup("ARREST", "ARREST").get(0).block());
    }
}
