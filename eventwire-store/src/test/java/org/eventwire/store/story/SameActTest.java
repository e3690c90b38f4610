package org.eventwire.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.eventwire.geo.EventPlaceLocator;
import org.eventwire.model.EventLocation;
import org.eventwire.model.Mention;
import org.eventwire.model.Place;
import org.eventwire.model.Span;
import org.eventwire.store.MergeRule;
import org.junit.jupiter.api.Test;

class SameActTest {
    private static final LocalDate D = LocalDate.of(2024, 3, 4);
    private static final MergeRule.Loc KANO = new MergeRule.Loc("Kano", "NGA", 12.0, 8.52);
    private static final MergeRule.Loc NEAR_KANO = new MergeRule.Loc("Kano airport", "NGA", 12.05, 8.52);
    private static final MergeRule.Loc LAGOS = new MergeRule.Loc("Lagos", "NGA", 6.45, 3.39);

    private static SameAct.Act act(String cameo, String src, String tgt, LocalDate d, MergeRule.Loc l) {
        return new SameAct.Act(cameo, src, tgt, false, false, d, l);
    }

    @Test
    void specificAndGeneralCodeOfOneRootAreOneAct() {
        assertTrue(SameAct.same(act("190", "NGAMIL", null, D, KANO), act("193", "NGAMIL", "NGAREB", D, KANO)));
        assertFalse(SameAct.same(act("190", "NGAMIL", null, D, KANO), act("173", "NGAMIL", null, D, KANO)));
        assertTrue(SameAct.same(act("173", "NGAPOL", null, D, KANO), act("1731", "NGAPOL", null, D, KANO)));
        assertFalse(SameAct.same(act("173", "NGAPOL", null, D, KANO), act("174", "NGAPOL", null, D, KANO)),
                "an arrest and an expulsion are two acts");
    }

    @Test
    void actorsMustAgreeUnlessOneSideIsUnknown() {
        assertTrue(SameAct.same(act("173", "NGA", "NGAREB", D, KANO), act("173", "NGAPOL", null, D, KANO)));
        assertTrue(SameAct.same(act("173", null, "NGAREB", D, KANO), act("173", "NGAPOL", "NGAREB", D, KANO)));
        assertFalse(SameAct.same(act("173", "NGAPOL", null, D, KANO), act("173", "NERPOL", null, D, KANO)));
        assertFalse(SameAct.same(act("173", "NGAPOL", null, D, KANO), act("173", "NGAMIL", null, D, KANO)));
    }

    @Test
    void datesAndPlacesMustBeClose() {
        assertTrue(SameAct.same(act("180", "NGAREB", null, D, KANO), act("180", "NGAREB", null, D.plusDays(2), NEAR_KANO)));
        assertFalse(SameAct.same(act("180", "NGAREB", null, D, KANO), act("180", "NGAREB", null, D.plusDays(5), KANO)));
        assertFalse(SameAct.same(act("180", "NGAREB", null, D, KANO), act("180", "NGAREB", null, D, LAGOS)));
        assertTrue(SameAct.same(act("180", "NGAREB", null, null, KANO), act("180", "NGAREB", null, D, null)));
    }

    @Test
    void aDenialIsNotTheDeed() {
        assertFalse(SameAct.same(act("180", "NGAREB", null, D, KANO),
                new SameAct.Act("180", "NGAREB", null, true, false, D, KANO)));
    }
    @Test
    void aRoleWithoutCountryIsThatRoleOfANamedCountry() {
        assertTrue(SameAct.same(act("173", "---COP", null, D, KANO), act("173", "NGACOP", "NGA", D, KANO)),
                "'police' in one report, 'Nigerian police' in another");
        assertFalse(SameAct.same(act("173", "---COP", null, D, KANO), act("173", "NGAMIL", null, D, KANO)));
    }

    @Test
    void aWholeCountryHoldsItsCities() {
        MergeRule.Loc nigeria = new MergeRule.Loc("Nigeria", "NGA", 9.08, 8.68);
        MergeRule.Loc nigerian = new MergeRule.Loc("Nigerian", "NGA", 9.08, 8.68);
        MergeRule.Loc niger = new MergeRule.Loc("Niger", "NER", 17.6, 8.08);
        assertTrue(SameAct.same(act("145", "NGACVL", null, D, nigeria), act("145", "NGACVL", null, D, LAGOS)));
        assertTrue(SameAct.same(act("145", "NGACVL", null, D, LAGOS), act("145", "NGACVL", null, D, nigerian)));
        assertFalse(SameAct.same(act("145", "NGACVL", null, D, KANO), act("145", "NGACVL", null, D, LAGOS)),
                "two cities far apart are two acts");
        assertFalse(SameAct.same(act("145", "NGACVL", null, D, niger), act("145", "NGACVL", null, D, LAGOS)));
    }

    private static SameAct.Act told(String src, String srcName, String tgt, MergeRule.Loc l, String kind) {
        return new SameAct.Act("173", new SameAct.Actor(src, srcName, false), SameAct.Actor.of(tgt), false, false, D, l, kind);
    }

    @Test
    void aBareCountryIsAPeopleNotAnActingBody() {
        // "police held Chadian smugglers" and "police held Sudanese smugglers": one arrest, told twice
        assertTrue(SameAct.same(act("173", "NGACOP", "TCD", D, KANO), act("173", "NGACOP", "SDN", D, KANO)));
        assertTrue(SameAct.same(act("173", "NGA", "TCD", D, KANO), act("173", "NERCOP", "TCD", D, KANO)));
        assertFalse(SameAct.same(act("173", "NGACOP", "TCDREB", D, KANO), act("173", "NGACOP", "SDNREB", D, KANO)),
                "rebels of two countries are two bodies");
    }

    @Test
    void aPronounSaysItsCountryNotItsRole() {
        assertTrue(SameAct.same(told("NGAMIL", "they", null, KANO, null), told("NGACOP", "police", null, KANO, null)));
        assertFalse(SameAct.same(told("NERMIL", "they", null, KANO, null), told("NGACOP", "police", null, KANO, null)));
        assertFalse(SameAct.same(told("NGAMIL", "soldiers", null, KANO, null), told("NGACOP", "police", null, KANO, null)));
    }

    @Test
    void aRegionHoldsItsTownsAndAGuessedPlaceSaysNothing() {
        MergeRule.Loc kanoState = new MergeRule.Loc("Kano State", "NGA", 11.5, 8.5);
        MergeRule.Loc lagosState = new MergeRule.Loc("Lagos State", "NGA", 6.55, 3.6);
        assertTrue(SameAct.same(told("NGACOP", "police", null, LAGOS, null),
                told("NGACOP", "police", null, lagosState, SameAct.REGION)));
        assertFalse(SameAct.same(told("NGACOP", "police", null, new MergeRule.Loc("Maiduguri", "NGA", 11.85, 13.16), null),
                told("NGACOP", "police", null, lagosState, SameAct.REGION)), "a region does not hold a town far away");
        MergeRule.Loc guessed = new MergeRule.Loc("Sabon Gari Market", "GHA", 5.6, -0.2);
        MergeRule.Loc accra = new MergeRule.Loc("Accra", "GHA", 5.6, -0.2);
        assertTrue(SameAct.same(told("NGACOP", "police", null, KANO, null),
                told("NGACOP", "police", null, kanoState, SameAct.REGION)));
        assertFalse(SameAct.same(told("NGACOP", "police", null, LAGOS, null),
                told("NGACOP", "police", null, kanoState, null)), "a town far away");
        assertTrue(SameAct.same(told("NGACOP", "police", null, KANO, null),
                told("NGACOP", "police", null, guessed, SameAct.APPROXIMATE)));
        assertFalse(SameAct.same(told("NGACOP", "police", null, KANO, null),
                told("NGACOP", "police", null, accra, null)));
    }

    private static SameAct.Act by(String src, String name, boolean entity) {
        return new SameAct.Act("120", new SameAct.Actor(src, name, entity), SameAct.Actor.of(null), false, false, D,
                KANO, null);
    }

    @Test
    void aNamedEntitysBareCountryIsKept() {
        assertFalse(SameAct.same(by("NGA", "Bola Adeyemi", true), by("GHA", "Kofi Mensah", true)));
        assertTrue(SameAct.same(by("NGA", "Nigerians", false), by("GHA", "Kofi Mensah", true)));
    }

    @Test
    void anActorTheCoderImpliedIsUnknown() {
        // "smugglers were arrested": the coder implies police of the article's country
        assertTrue(SameAct.same(told("NGACOP", "unnamed police of NGA (agentless passive 'arrested')", null, KANO, null),
                told("NERMIL", "soldiers", null, KANO, null)));
        assertFalse(SameAct.same(told("NGACOP", "police", null, KANO, null), told("NERMIL", "soldiers", null, KANO, null)));
    }

    @Test
    void oneNamedEntityIsOneActorWhateverItsCodes() {
        // "Adeyemi pleaded" (coded NGAGOV) and "Bola Adeyemi pleaded" (coded GHABUS by another report)
        assertTrue(SameAct.same(by("NGAGOV", "Adeyemi", true), by("GHABUS", "Bola Adeyemi", true)));
        assertTrue(SameAct.same(by("NGAGOV", "Bola  Adéyemi", true), by("GHABUS", "bola adeyemi", true)));
        assertFalse(SameAct.same(by("NGAGOV", "Tunde Adeyemi", true), by("GHABUS", "Bola Adeyemi", true)),
                "two people of one family name");
        assertFalse(SameAct.same(by("NGAGOV", "Adeyemi", false), by("GHABUS", "Adeyemi", true)),
                "a common noun is not a name");
    }

    @Test
    void aPlaceTheSentenceMerelyNamesSaysNothing() {
        // "Ghanaian traders were robbed" placed in Ghana by the people's adjective, the other report in Kano
        MergeRule.Loc ghana = new MergeRule.Loc("Ghanaian", "GHA", 7.9, -1.0);
        String kind = SameAct.placeKind(null, "the sentence names Ghanaian");
        assertTrue(SameAct.same(told("NGACOP", "police", null, KANO, null), told("NGACOP", "police", null, ghana, kind)));
        assertFalse(SameAct.same(told("NGACOP", "police", null, KANO, null),
                told("NGACOP", "police", null, ghana, SameAct.placeKind(null, "the text places the event in Ghana (locative)"))));
        assertFalse(SameAct.same(told("NGACOP", "police", null, KANO, null),
                told("NGACOP", "police", null, ghana, SameAct.placeKind(null, "named in the event's clause"))));
        assertTrue(SameAct.placeKind(SameAct.REGION, "the sentence names Kano State").equals(SameAct.INFERRED));
        assertTrue(SameAct.placeKind(SameAct.APPROXIMATE, "the sentence names Sabon Gari").equals(SameAct.APPROXIMATE));
        assertTrue(SameAct.placeKind(SameAct.REGION, "named in the event's clause").equals(SameAct.REGION));
    }

    @Test
    void aPlaceNamedBeforeTheSentenceCountsByItsCountry() {
        // "Riots broke out in Lagos. Police arrested forty people." placed in Lagos by the sentence before
        String kind = SameAct.placeKind(null, "named just before the event's sentence: Lagos");
        assertEquals(SameAct.CONTEXT, kind);
        assertTrue(SameAct.same(told("NGACOP", "police", null, KANO, null), told("NGACOP", "police", null, LAGOS, kind)));
        assertFalse(SameAct.same(told("NGACOP", "police", null, KANO, null), told("NGACOP", "police", null, LAGOS, null)));
        MergeRule.Loc accra = new MergeRule.Loc("Accra", "GHA", 5.6, -0.2);
        assertFalse(SameAct.same(told("NGACOP", "police", null, KANO, null), told("NGACOP", "police", null, accra, kind)),
                "another country");
    }

    @Test
    void theLocatorsWordingIsTheOneReadHere() {
        // the analyser's locator, not a copy of its wording: a town named only as an adjective of traders
        String text = "Eldoret traders lost their goods. Police came later.";
        Place eldoret = new Place("Eldoret", "KEN", 0.51, 35.27, "city", null, 1.0, "test", false,
                List.of(new Mention(0, 7, "Eldoret", "place")));
        int end = text.indexOf('.') + 1;
        EventLocation loc = EventPlaceLocator.locate(text, Span.of(text, 0, end), Span.of(text, 16, 32), false,
                List.of(eldoret), null);
        assertEquals(SameAct.INFERRED, SameAct.placeKind(null, loc.reason()));
        String in = "Traders lost their goods in Eldoret. Police came later.";
        Place eldoret2 = new Place("Eldoret", "KEN", 0.51, 35.27, "city", null, 1.0, "test", false,
                List.of(new Mention(28, 35, "Eldoret", "place")));
        int end2 = in.indexOf('.') + 1;
        EventLocation loc2 = EventPlaceLocator.locate(in, Span.of(in, 0, end2), Span.of(in, 8, 24), false,
                List.of(eldoret2), null);
        assertEquals(null, SameAct.placeKind(null, loc2.reason()));
        String later = "Riots broke out in Eldoret. Traders lost their goods.";
        Place eldoret3 = new Place("Eldoret", "KEN", 0.51, 35.27, "city", null, 1.0, "test", false,
                List.of(new Mention(19, 26, "Eldoret", "place")));
        int start = later.indexOf("Traders");
        EventLocation loc3 = EventPlaceLocator.locate(later, Span.of(later, start, later.length()),
                Span.of(later, start + 8, start + 24), false, List.of(eldoret3), null);
        assertEquals(SameAct.CONTEXT, SameAct.placeKind(null, loc3.reason()));
    }
}
