package org.eventwire.coding;

import org.eventwire.coding.dict.PhraseIndex;

/**
 * Sector words of an organisation's own name: "Saudi Press Agency" is media, "Mahan Air" a
 * business, "Federal Aviation Office" a government body. Read only on capitalised words inside
 * a name the NER marks as an organisation, and only where no actor or agent phrase is found, so
 * "took office" or "the evening news" never become actors.
 */
final class OrgNameWords {
    private OrgNameWords() {
    }

    static void mark(Sent s, PhraseIndex words, String[] toks, ActorFinder.Hits h) {
        if (words.size() == 0) {
            return;
        }
        boolean[] canStart = new boolean[toks.length];
        for (int i = 0; i < toks.length; i++) {
            canStart[i] = inName(s, i);
        }
        // the last type word of a name is its head: "California Air Resources Board" is a board,
        // not an airline; one anywhere else still tells the kind ("News" in "Sky News Arabia")
        PhraseIndex.Hit keep = null;
        for (PhraseIndex.Hit x : words.scan(toks, canStart)) {
            boolean free = true;
            for (int i = x.start(); i <= x.end(); i++) {
                free &= inName(s, i) && !h.covered(i);
            }
            if (!free) {
                continue;
            }
            if (keep != null && !sameName(s, keep.end(), x.start())) {
                mark(h, keep);
            }
            keep = x;
        }
        if (keep != null) {
            mark(h, keep);
        }
    }

    private static void mark(ActorFinder.Hits h, PhraseIndex.Hit x) {
        for (int i = x.start(); i <= x.end(); i++) {
            h.agent[i] = x;
        }
    }

    /** True when the tokens from a to b are one run of organisation-name words. */
    private static boolean sameName(Sent s, int a, int b) {
        for (int i = a; i <= b; i++) {
            if (!s.ner[i].equals("ORGANIZATION")) {
                return false;
            }
        }
        return true;
    }

    private static boolean inName(Sent s, int i) {
        return s.ner[i].equals("ORGANIZATION") && !s.word[i].isEmpty() && Character.isUpperCase(s.word[i].charAt(0));
    }
}
