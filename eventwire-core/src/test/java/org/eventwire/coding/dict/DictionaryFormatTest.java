package org.eventwire.coding.dict;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The PETRARCH/TABARI dictionary formats, on entries written for these tests. */
class DictionaryFormatTest {
    private static String[] words(String s) {
        return s.toUpperCase().split(" ");
    }

    @Test
    void actorsWithSynonymsStemsAndDateRestrictions() {
        List<PhraseEntry> got = new ArrayList<>();
        new ActorFileReader().read(List.of(
                "# comment",
                "ARGENTIN [ARG]",
                "NORTHLAND_  [NTH]",
                "+NORTH_LANDERS",
                "JANE_DOE  # no code on the first line",
                "\t[NTHGOV 19950601 - 19990815]",
                "\t[NTHREB > 990816]",
                "\t[NTHCVL]",
                "THREE_ISLANDS [AAA/BBB]"), "test", got::add);
        PhraseIndex idx = new PhraseIndex();
        got.forEach(idx::add);
        assertEquals("ARG", idx.longestAt(words("Argentinian"), 0).entry().codeOn(0));
        assertNull(idx.longestAt(words("Northlanders"), 0), "a phrase ending in _ is no stem");
        assertEquals("NTH", idx.longestAt(words("north landers"), 0).entry().codeOn(0));
        PhraseEntry jane = idx.longestAt(words("jane doe"), 0).entry();
        assertEquals("NTHGOV", jane.codeOn(19970101));
        assertEquals("NTHREB", jane.codeOn(20050101));
        assertEquals("NTHCVL", jane.codeOn(19900101));
        assertEquals("AAA/BBB".split("/").length, idx.longestAt(words("three islands"), 0).entry().codeOn(0).split("/").length);
    }

    @Test
    void agentsWithPluralsSubstitutionsAndPrefixes() {
        List<PhraseEntry> got = new ArrayList<>();
        new AgentFileReader().read(List.of(
                "!PERSON! = MAN, MEN",
                "ARMY [~MIL]",
                "POLICE {} [~COP]",
                "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]",
                "CONGRESS!PERSON! [~LEG]",
                "CHARITY [NGO~]"), got::add);
        PhraseIndex idx = new PhraseIndex();
        got.forEach(idx::add);
        assertEquals("~MIL", idx.longestAt(words("armies"), 0).entry().codeOn(0));
        assertNull(idx.longestAt(words("polices"), 0), "{} means no plural");
        assertEquals("~GOV", idx.longestAt(words("attorneys general"), 0).entry().codeOn(0));
        assertEquals("~LEG", idx.longestAt(words("congressmen"), 0).entry().codeOn(0));
        assertEquals("NGO~", idx.longestAt(words("charities"), 0).entry().codeOn(0));
    }

    @Test
    void verbBlocksPatternsSynsetsAndPhrasalVerbs() {
        VerbFileReader r = new VerbFileReader();
        VerbDictionary d = r.read(List.of(
                "&TIES_",
                "+RELATIONS",
                "+TIES",
                "",
                "--- SEVER  [160]  ---",
                "SEVER",
                "+CUT_OFF {+CUT_OFF +CUTS_OFF}",
                "- * DIPLOMATIC_&TIES  [161]",
                "- NOT * [---]",
                "",
                "--- VISIT  [042:043]  ---",
                "VISIT",
                "GO {WENT GONE}  [042]"), "test", false);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        VerbEntry sever = d.lookup("SEVERED", null).get(0);
        assertEquals("160", sever.code());
        assertEquals(2, sever.patterns().size());
        VerbPattern p = sever.patterns().get(0);
        assertEquals("161", p.code());
        assertEquals(2, p.post().size());
        assertTrue(p.post().get(1).adjacent(), "_ joins the synset to the word before it");
        assertEquals(2, p.post().get(1).alternatives().size());
        VerbEntry cut = d.lookup("CUTS", null).stream().filter(e -> !e.after().isEmpty()).findFirst().orElseThrow();
        assertEquals(List.of("OFF"), cut.after());
        VerbEntry visit = d.lookup("VISITED", null).get(0);
        assertEquals("042", visit.code());
        assertEquals("043", visit.reverseCode());
        assertNotNull(d.lookup("WENT", null).stream().filter(e -> e.base().equals("GO")).findFirst().orElse(null));
        assertFalse(d.lookup("VISITED", null).isEmpty());
    }

    @Test
    void ownDictionariesLoadWithoutProblems() {
        Dictionaries d = Dictionaries.builtIn();
        assertTrue(d.problems.isEmpty(), d.problems.toString());
        assertTrue(d.verbs.entries() > 200);
        assertTrue(d.actors.size() > 500);
    }

    @Test
    void publicPhoenixDictionariesLoadQuickly() throws Exception {
        String base = System.getProperty("eventwire.shared");
        assumeTrue(base != null && Files.isDirectory(Path.of(base, "data/phoenix")));
        long t0 = System.nanoTime();
        Dictionaries d = Dictionaries.load(Path.of(base, "data/phoenix"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(d.verbs.patterns() > 10_000, d.summary());
        assertTrue(d.actors.size() > 20_000, d.summary());
        assertTrue(ms < 20_000, "loading took " + ms + " ms");
    }
}
