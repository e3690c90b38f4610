package org.eventwire.entity;

import org.eventwire.pipeline.Lazy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The usual gender of a first name, from the name list in the CoreNLP models jar (about 14,600
 * names), so that "she" does not go to "Harry Dunn". Unknown names have no gender.
 */
final class FirstNames {
    private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final Lazy<Map<String, Character>> TABLE = new Lazy<>(FirstNames::load);

    private FirstNames() {
    }

    /** 'M', 'F', or 0 when the name's first word is not a known first name. */
    static char gender(String fullName) {
        String first = fullName.strip().split("[\\s]+")[0].toLowerCase(Locale.ROOT);
        Character g = TABLE.get().get(first);
        return g == null ? 0 : g;
    }

    /** 'M' for he/him/his/himself, 'F' for she/her/hers/herself, else 0. */
    static char ofPronoun(String pronoun) {
        String p = pronoun.toLowerCase(Locale.ROOT);
        if (p.equals("he") || p.equals("him") || p.equals("his") || p.equals("himself")) {
            return 'M';
        }
        if (p.equals("she") || p.equals("her") || p.equals("hers") || p.equals("herself")) {
            return 'F';
        }
        return 0;
    }

    private static Map<String, Character> load() {
        Map<String, Character> m = new HashMap<>();
        InputStream in = FirstNames.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return m;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    String g = line.substring(tab + 1).trim();
                    m.put(line.substring(0, tab).trim(), g.startsWith("F") ? 'F' : 'M');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
