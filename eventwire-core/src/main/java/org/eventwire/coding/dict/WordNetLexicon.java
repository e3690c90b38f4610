package org.eventwire.coding.dict;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Widens short seed lists of event verbs (seeds.txt, written here) with WordNet 3.1 (extjwnl,
 * fetched by the build), so the vocabulary a reporter uses is generated, not hand-listed. Over-
 * generation is held back by sense: only a seed's first verb sense (or the one its "#n" names);
 * a synonym only when that sense is its own first ("knock" shares a sense with "criticize" but
 * means hitting first) and the corpus attests it in that sense; a derived noun only when its first
 * sense is an act, event, communication or state (never a person: "critic" is no event). Deterministic: the same seeds give the same entries.
 */
public final class WordNetLexicon {
    /** A generated word: its code, the category block, the seed it came from and its part of speech. */
    public record Generated(String word, String code, String block, String seed, boolean noun) {
    }

    private static final Set<String> EVENT_NOUN_FILES = Set.of("noun.act", "noun.event", "noun.communication",
            "noun.state");

    private WordNetLexicon() {
    }

    /** Generated verbs and nouns for the seed lines, sorted by word; words WordNet lacks give nothing. */
    public static List<Generated> expand(List<String> seedLines) {
        TreeMap<String, Generated> out = new TreeMap<>();
        try {
            Dictionary wn = Dictionary.getDefaultResourceInstance();
            try {
                for (String raw : seedLines) {
                    String t = raw.strip();
                    if (t.isEmpty() || t.startsWith("#") || !t.contains(":")) {
                        continue;
                    }
                    String[] head = t.substring(0, t.indexOf(':')).trim().split("\\s+");
                    String code = head[0];
                    String block = head[1];
                    for (String seed : t.substring(t.indexOf(':') + 1).trim().split("\\s+")) {
                        expandSeed(wn, seed.toLowerCase(Locale.ROOT), code, block, out);
                    }
                }
            } finally {
                wn.close();
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet 3.1 cannot be read: " + e.getMessage(), e);
        }
        return List.copyOf(out.values());
    }

    private static void expandSeed(Dictionary wn, String seedWord, String code, String block,
                                   TreeMap<String, Generated> out) throws JWNLException {
        // "threaten#2": the seed's sense number where the first is another meaning
        String seed = seedWord;
        int sn = seed.contains("#") ? Integer.parseInt(seed.substring(seed.indexOf('#') + 1)) : 1;
        seed = seed.contains("#") ? seed.substring(0, seed.indexOf('#')) : seed;
        IndexWord iw = wn.getIndexWord(POS.VERB, seed);
        if (iw == null || iw.getSenses().size() < sn) {
            return;
        }
        Synset sense = iw.getSenses().get(sn - 1);
        List<Word> verbs = new ArrayList<>();
        for (Word w : sense.getWords()) {
            String lemma = w.getLemma().toLowerCase(Locale.ROOT);
            // a synonym must be attested in this sense (SemCor count), not a rare slang reading ("nab")
            if (lemma.equals(seed) || singleWord(lemma) && w.getUseCount() > 0
                    && amongFirstSenses(wn, POS.VERB, lemma, sense, 1)) {
                verbs.add(w);
                out.putIfAbsent(lemma + "/v", new Generated(lemma, code, block, seed, false));
            }
        }
        for (Word w : verbs) {
            for (Pointer p : w.getPointers()) {
                if (p.getType() != PointerType.DERIVATION || p.getTargetPOS() != POS.NOUN) {
                    continue;
                }
                PointerTarget tgt = p.getTarget();
                if (!(tgt instanceof Word n)) {
                    continue;
                }
                String lemma = n.getLemma().toLowerCase(Locale.ROOT);
                IndexWord nw = wn.getIndexWord(POS.NOUN, lemma);
                if (singleWord(lemma) && nw != null && !nw.getSenses().isEmpty()
                        && nw.getSenses().get(0).equals(n.getSynset())
                        && EVENT_NOUN_FILES.contains(n.getSynset().getLexFileName())
                        // a state ("detention") only from the seed itself: a synonym's states drift ("glory")
                        && (!n.getSynset().getLexFileName().equals("noun.state") || w.getLemma().equals(seed))) {
                    out.putIfAbsent(lemma + "/n", new Generated(lemma, code, block, seed, true));
                }
            }
        }
    }

    private static boolean singleWord(String lemma) {
        return lemma.matches("[a-z]+(-[a-z]+)?");
    }

    private static boolean amongFirstSenses(Dictionary wn, POS pos, String lemma, Synset sense, int k)
            throws JWNLException {
        IndexWord iw = wn.getIndexWord(pos, lemma);
        if (iw == null) {
            return false;
        }
        List<Synset> senses = iw.getSenses();
        for (int i = 0; i < Math.min(k, senses.size()); i++) {
            if (senses.get(i).equals(sense)) {
                return true;
            }
        }
        return false;
    }
}
