package org.eventwire.coding.dict;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.eventwire.pipeline.Lazy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The words that make what an actor says a speech act (stance.txt, written here): evaluative
 * nouns and adjectives (criticism), first-person verbs of praise and sympathy, threat verbs,
 * modals of appeal. Kept as data apart from the rules that read them; adjective and noun seeds
 * are widened with WordNet 3.1 (a synonym joins only when the seed's first sense is also its own
 * first sense, so "crime" does not bring in "offence" the sports term). Deterministic.
 */
public final class StanceLexicon {
    /** One word: its CAMEO code, its kind (CRITICIZE, PRAISE, ...), part of speech and the seed it came from. */
    public record Entry(String word, String code, String kind, String pos, String seed) {
        public boolean generated() {
            return !word.equals(seed);
        }
    }

    private static final Lazy<StanceLexicon> BUILT_IN = new Lazy<>(() -> parse(resource(), true));

    private final Map<String, Entry> entries;

    private StanceLexicon(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** The shipped lexicon, read and widened once per JVM. */
    public static StanceLexicon builtIn() {
        return BUILT_IN.get();
    }

    /** The entry for a lemma in a part of speech (adj, noun, verb, head, modal), or null. */
    public Entry get(String pos, String lemma) {
        return entries.get(pos + "/" + lemma.toLowerCase(Locale.ROOT));
    }

    /** The entry when the lemma is of that kind, else null. */
    public Entry get(String pos, String lemma, String kind) {
        Entry e = get(pos, lemma);
        return e != null && e.kind().equals(kind) ? e : null;
    }

    public int size() {
        return entries.size();
    }

    /** Reads "code KIND pos: seeds" lines; widen adds WordNet synonyms of adjective and noun seeds. */
    public static StanceLexicon parse(List<String> lines, boolean widen) {
        TreeMap<String, Entry> seeds = new TreeMap<>();
        TreeMap<String, Entry> except = new TreeMap<>(); // "EXCEPT" lines: generated words to leave out
        for (String raw : lines) {
            String t = raw.strip();
            if (t.isEmpty() || t.startsWith("#") || !t.contains(":")) {
                continue;
            }
            String[] head = t.substring(0, t.indexOf(':')).trim().split("\\s+");
            if (head.length != 3) {
                continue;
            }
            for (String w : t.substring(t.indexOf(':') + 1).trim().split("\\s+")) {
                String word = w.toLowerCase(Locale.ROOT);
                (head[1].equals("EXCEPT") ? except : seeds).putIfAbsent(head[2] + "/" + word,
                        new Entry(word, head[0], head[1], head[2], word));
            }
        }
        TreeMap<String, Entry> all = new TreeMap<>(seeds);
        if (widen) {
            widen(seeds, all);
        }
        all.keySet().removeAll(except.keySet());
        return new StanceLexicon(Map.copyOf(all));
    }

    private static void widen(Map<String, Entry> seeds, TreeMap<String, Entry> out) {
        try {
            Dictionary wn = Dictionary.getDefaultResourceInstance();
            try {
                for (Entry e : seeds.values()) {
                    POS pos = e.pos().equals("adj") ? POS.ADJECTIVE : e.pos().equals("noun") ? POS.NOUN : null;
                    if (pos == null) {
                        continue;
                    }
                    IndexWord iw = wn.getIndexWord(pos, e.word());
                    if (iw == null || iw.getSenses().isEmpty()) {
                        continue;
                    }
                    Synset first = iw.getSenses().get(0);
                    for (Word w : first.getWords()) {
                        String lemma = w.getLemma().toLowerCase(Locale.ROOT);
                        if (lemma.matches("[a-z]+(-[a-z]+)?") && firstSense(wn, pos, lemma, first)) {
                            // hand-written seeds win over generated words
                            out.putIfAbsent(e.pos() + "/" + lemma, new Entry(lemma, e.code(), e.kind(), e.pos(), e.word()));
                        }
                    }
                }
            } finally {
                wn.close();
            }
        } catch (JWNLException ex) {
            throw new IllegalStateException("WordNet 3.1 cannot be read: " + ex.getMessage(), ex);
        }
    }

    private static boolean firstSense(Dictionary wn, POS pos, String lemma, Synset sense) throws JWNLException {
        IndexWord iw = wn.getIndexWord(pos, lemma);
        return iw != null && !iw.getSenses().isEmpty() && iw.getSenses().get(0).equals(sense);
    }

    private static List<String> resource() {
        try (InputStream in = StanceLexicon.class.getResourceAsStream("/org/eventwire/coding/stance.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource stance.txt");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
