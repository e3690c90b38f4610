package org.eventwire.coding.petrarch;

import org.eventwire.coding.dict.Dictionaries;
import org.eventwire.nlp.NlpModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PETRARCH's reading of its own test dictionaries, on dictionary lines and sentences written
 * for this test: phrases that begin with "the", several codes in one, a country inside a role
 * phrase, a possessive before a title, underscores in the text and a pattern whose "+" marks
 * the verb's own subject.
 */
class PetrarchCompatibilityTest {
    @TempDir
    static Path dir;
    private static PetrarchValidator validator;

    @BeforeAll
    static void dictionaries() throws IOException {
        Files.write(dir.resolve("verbs.txt"), List.of(
                "--- WELCOME  [041] ---",
                "WELCOME  {WELCOMED}",
                "",
                "--- RESTORE  [064] ---",
                "RESTORE",
                "",
                "--- REGRET  [111] ---",
                "REGRET  {REGRETTED}",
                "- OBSERVED + *  [115]",
                "",
                "--- MOVE  [100] ---",
                "MOVE  {MOVED}",
                "- SIGNALLED WOULD * SOON  [1010]",
                "",
                "--- SEIZE  [1711] ---",
                "SEIZE",
                "RADIO_+JAM {RADIO_+JAMMED}",
                "",
                "--- CAUTION  [160] ---",
                "CAUTION  {CAUTIONED}",
                "- * THEIR ^ ABOUT +  [162]"));
        Files.write(dir.resolve("actors.txt"), List.of(
                "NORTHMARK  [NMK]",
                "SOUTHMARK  [SMK]",
                "THE_OLD_LEAGUE  [AAA/BBB]",
                "DUKE OF EAST HAVEN",
                "\t[EHV]"));
        Files.write(dir.resolve("agents.txt"), List.of(
                "BORDER_OFFICIALS  [~GOV]",
                "POLICE  [~COP]",
                "CHANCELLOR  [~GOV]",
                "TROOPS  [~MIL]"));
        Dictionaries d = Dictionaries.loadFiles(dir, "verbs.txt", "actors.txt", "agents.txt", null);
        validator = new PetrarchValidator(d, NlpModels::annotate);
    }

    private static Set<UnitTestRecord.Triple> code(String text) {
        PetrarchValidator.Result r = validator.run(new UnitTestRecord("t", 20200101, "TEST", text, null, Set.of(), null, true));
        return r.got();
    }

    private static UnitTestRecord.Triple t(String source, String target, String code) {
        return new UnitTestRecord.Triple(source, target, code);
    }

    @Test
    void aPhraseBeginningWithTheAndSeveralCodesInOne() {
        // THE_OLD_LEAGUE includes "the"; [AAA/BBB] stands for both actors
        Set<UnitTestRecord.Triple> got = code("The Old League welcomed Southmark on Monday.");
        assertTrue(got.contains(t("AAA", "SMK", "041")), got.toString());
        assertTrue(got.contains(t("BBB", "SMK", "041")), got.toString());
    }

    @Test
    void aCountryInsideARolePhrase() {
        // "Northmark" modifies "border", a word inside BORDER_OFFICIALS, not its head
        Set<UnitTestRecord.Triple> got = code("Northmark border officials will restore ties with Southmark police.");
        assertTrue(got.contains(t("NMKGOV", "SMKCOP", "064")), got.toString());
    }

    @Test
    void aPossessiveBeforeATitle() {
        Set<UnitTestRecord.Triple> got = code("Northmark's Chancellor Ardan welcomed Southmark.");
        assertEquals(Set.of(t("NMKGOV", "SMK", "041")), got);
    }

    @Test
    void wordsJoinedByUnderscoreInTheText() {
        // "East_Haven" is the dictionary's words EAST HAVEN
        Set<UnitTestRecord.Triple> got = code("Northmark cautioned their farmers about the Duke of East_Haven.");
        assertEquals(Set.of(t("NMK", "EHV", "162")), got);
    }

    @Test
    void aPatternWhosePlusMarksTheVerbsSubject() {
        // "OBSERVED + *": Southmark is what the regret is about; the observer is the source
        Set<UnitTestRecord.Triple> got = code("Northmark observed that Southmark regretted the decision.");
        assertEquals(Set.of(t("NMK", "SMK", "115")), got);
    }

    @Test
    void aPronounBeforeTheModalIsTheSubject() {
        // the parser may hang "it" on "signalled" as its object; read linearly, it is the subject of "would move"
        Set<UnitTestRecord.Triple> got = code("Northmark signalled it would move soon with Southmark.");
        assertEquals(Set.of(t("NMK", "SMK", "1010")), got);
    }

    @Test
    void aCompoundVerbsFirstWordDoesNotHideTheSubject() {
        // RADIO_+JAM: "radio" may be parsed into the subject phrase "troops from Northmark radio"
        Set<UnitTestRecord.Triple> got = code("Troops from Northmark radio jammed all signals going into Southmark.");
        assertEquals(Set.of(t("NMKMIL", "SMK", "1711")), got);
    }

    @Test
    void recordsMarkedSentenceFalseAreNotCoded() throws IOException {
        Path f = dir.resolve("records.xml");
        Files.writeString(f, "<Validation><Sentences>"
                + "<Sentence date=\"20200101\" id=\"A-1\" category=\"A\" sentence=\"true\">"
                + "<EventCoding sourcecode=\"NMK\" targetcode=\"SMK\" eventcode=\"041\"></EventCoding>"
                + "<Text>Northmark welcomed Southmark.</Text></Sentence>"
                + "<Sentence date=\"20200101\" id=\"A-2\" category=\"A\" sentence=\"false\">"
                + "<EventCoding sourcecode=\"NMK\" targetcode=\"SMK\" eventcode=\"041\"></EventCoding>"
                + "<Text>Northmark welcomed Southmark.</Text></Sentence>"
                + "</Sentences></Validation>");
        List<UnitTestRecord> recs = UnitTestFile.read(f).records;
        assertTrue(recs.get(0).coded());
        assertFalse(recs.get(1).coded());
    }
}
