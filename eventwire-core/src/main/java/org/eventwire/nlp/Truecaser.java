package org.eventwire.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.List;
import java.util.Properties;

/**
 * Restores the case of caseless text with CoreNLP's truecaser (a CRF over words and their
 * neighbours, trained on Wikipedia; the model is in the models jar). The result has exactly the
 * length of the input and changes only the case of letters, so every offset into it is an
 * offset into the text as given. Thread-safe: calls are serialised, because CoreNLP's biased CRF
 * keeps a decoding flag in an instance field (concurrent calls could decode without the class
 * bias and break byte-identical output); only caseless text comes here, so the wait is rare.
 */
public final class Truecaser {
    private final StanfordCoreNLP pipeline;

    Truecaser() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,truecase");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        p.setProperty("truecase.overwriteText", "false");
        // -Deventwire.corenlp.truecase.X=V overrides the truecaser's settings (bias), for measuring
        for (String k : System.getProperties().stringPropertyNames()) {
            if (k.startsWith("eventwire.corenlp.truecase.")) {
                p.setProperty(k.substring("eventwire.corenlp.".length()), System.getProperty(k));
            }
        }
        pipeline = new StanfordCoreNLP(p);
    }

    /** The text with the given stretches recased; the rest, and the length, unchanged. */
    public String recase(String text, List<CaselessText.Span> spans) {
        char[] out = text.toCharArray();
        for (CaselessText.Span span : spans) {
            Annotation ann = new Annotation(text.substring(span.start(), span.end()));
            synchronized (this) {
                pipeline.annotate(ann);
            }
            for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
                for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                    apply(out, span.start() + t.beginPosition(), span.start() + t.endPosition(),
                            t.get(CoreAnnotations.TrueCaseAnnotation.class),
                            t.get(CoreAnnotations.TrueCaseTextAnnotation.class));
                }
            }
        }
        return new String(out);
    }

    /**
     * Writes the case the truecaser chose over the token's characters [from, to): its cased
     * form when that is the same word letter for letter ("McCain" from the mixed-case list),
     * else the class (UPPER, LOWER, INIT_UPPER) applied character by character.
     */
    static void apply(char[] out, int from, int to, String label, String cased) {
        String orig = new String(out, from, to - from);
        if (cased != null && cased.length() == orig.length() && cased.equalsIgnoreCase(orig)) {
            for (int i = 0; i < cased.length(); i++) {
                out[from + i] = sameLetter(orig.charAt(i), cased.charAt(i));
            }
            return;
        }
        if (label == null) {
            return;
        }
        boolean first = true;
        for (int i = from; i < to; i++) {
            char c = out[i];
            switch (label) {
                case "UPPER" -> out[i] = Character.toUpperCase(c);
                case "LOWER" -> out[i] = Character.toLowerCase(c);
                case "INIT_UPPER" -> out[i] = first ? Character.toTitleCase(c) : Character.toLowerCase(c);
                default -> {
                    // mixed case the list does not know: keep the letters as given
                }
            }
            if (Character.isLetter(c)) {
                first = false;
            }
        }
    }

    /** The cased letter when it is the same letter as the original, else the original. */
    private static char sameLetter(char orig, char cased) {
        return Character.toLowerCase(orig) == Character.toLowerCase(cased) ? cased : orig;
    }
}
