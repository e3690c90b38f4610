package org.eventwire.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinHashTest {
    static final String WIRE = "NIAMEY, July 27 (Reuters) - Soldiers in Niger detained President "
            + "Mohamed Bazoum in the presidential palace on Wednesday and announced on national "
            + "television that they had seized power, in what the government called a coup attempt. "
            + "The soldiers said they had dissolved the constitution, suspended all institutions and "
            + "closed the nation's borders. Bazoum's whereabouts were not immediately clear. The "
            + "United States and the West African bloc ECOWAS condemned the move and called for the "
            + "immediate release of the president, who was elected in 2021. Secretary of State "
            + "Antony Blinken spoke with Bazoum by telephone and offered Washington's unwavering "
            + "support, a State Department spokesperson said.";
    static final String REPUBLISHED = "Niger soldiers seize power\n\nNIAMEY, July 27 (Reuters) - "
            + "Soldiers in Niger detained President Mohamed Bazoum in the presidential palace late on "
            + "Wednesday and announced on national television that they had seized power, in what the "
            + "government called a coup attempt. The soldiers said they had dissolved the constitution, "
            + "suspended all institutions and shut the nation's borders. Bazoum's whereabouts were not "
            + "immediately clear. The United States and the West African bloc ECOWAS condemned the "
            + "move and called for the immediate release of the president, who was elected in 2021. "
            + "Secretary of State Antony Blinken spoke with Bazoum by phone and offered Washington's "
            + "unwavering support, a State Department spokesperson said. (Editing by Jane Doe)";
    static final String OTHER_STORY = "ABUJA, July 28 (AFP) - Leaders of the West African bloc "
            + "ECOWAS met in Abuja on Thursday to discuss the situation in Niger after the army "
            + "seized power, and threatened sanctions unless the president is restored within a "
            + "week. Nigeria's president, who chairs the bloc, said the region would not accept "
            + "another coup. Officials said a delegation would travel to Niamey.";

    @Test
    void republishedWireCopyIsNearDuplicate() {
        double sim = MinHash.similarity(MinHash.signature(WIRE), MinHash.signature(REPUBLISHED));
        assertTrue(sim >= MinHash.DUPLICATE_THRESHOLD, "similarity " + sim);
    }

    @Test
    void differentStoryOnTheSameTopicIsNot() {
        double sim = MinHash.similarity(MinHash.signature(WIRE), MinHash.signature(OTHER_STORY));
        assertTrue(sim < 0.2, "similarity " + sim);
    }

    @Test
    void signatureIsDeterministicAndIgnoresCaseAndPunctuation() {
        assertArrayEquals(MinHash.signature(WIRE), MinHash.signature(WIRE.toUpperCase().replace(",", " ;")));
        assertEquals(1.0, MinHash.similarity(MinHash.signature(WIRE), MinHash.signature(WIRE)));
        long[] sig = MinHash.signature(WIRE);
        assertArrayEquals(sig, MinHash.fromBytes(MinHash.toBytes(sig)));
    }

    @Test
    void nearDuplicatesShareABandButStrangersRarelyDo() {
        long[] a = MinHash.bandBuckets(MinHash.signature(WIRE));
        long[] b = MinHash.bandBuckets(MinHash.signature(REPUBLISHED));
        int shared = 0;
        for (int i = 0; i < a.length; i++) {
            shared += a[i] == b[i] ? 1 : 0;
        }
        assertTrue(shared > 0);
    }

    @Test
    void emptyTextHasNoSignature() {
        assertNull(MinHash.signature("  ... "));
        assertEquals(1, MinHash.shingles("two words").size());
    }
}
