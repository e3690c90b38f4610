package org.eventwire.coding.dict;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Dictionary phrases against tokens as the tokenizer gives them: a dictionary word with an
 * inner hyphen against the split tokens, a text token joined by "_" against dictionary words.
 */
class PhraseIndexTokenTest {
    private static PhraseIndex index(String... lines) {
        List<PhraseEntry> got = new ArrayList<>();
        new ActorFileReader().read(List.of(lines), "test", got::add);
        PhraseIndex idx = new PhraseIndex();
        got.forEach(idx::add);
        return idx;
    }

    @Test
    void aHyphenatedDictionaryWordMatchesTheSplitTokens() {
        PhraseIndex idx = index("AL-NORTHA_ [XYZREB]", "NORTHA [NTH]");
        PhraseIndex.Hit h = idx.longestAt(new String[]{"AL", "-", "NORTHA", "FIGHTERS"}, 0);
        assertEquals("XYZREB", h.entry().codeOn(0));
        assertEquals(2, h.end());
        assertEquals("XYZREB", idx.longestAt(new String[]{"AL-NORTHA"}, 0).entry().codeOn(0), "unsplit still matches");
        assertNull(idx.longestAt(new String[]{"AL", "NORTHA"}, 0), "the hyphen is part of the name");
        assertEquals("NTH", idx.longestAt(new String[]{"NORTHA"}, 0).entry().codeOn(0));
    }

    @Test
    void aTextTokenJoinedByUnderscoreMatchesTheDictionaryWords() {
        PhraseIndex idx = index("DUKE OF EAST HAVEN [EHV]");
        PhraseIndex.Hit h = idx.longestAt(new String[]{"DUKE", "OF", "EAST_HAVEN", "SAID"}, 0);
        assertEquals("EHV", h.entry().codeOn(0));
        assertEquals(2, h.end());
        assertNull(idx.longestAt(new String[]{"DUKE", "OF", "EAST_COAST"}, 0));
    }

    @Test
    void combiningIndexesKeepsEachEntryOnce() {
        PhraseIndex a = index("AL-NORTHA_ [XYZREB]");
        PhraseIndex b = new PhraseIndex();
        b.addAll(a);
        assertEquals(1, b.size());
    }
}
