package org.eventwire.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Ends sentences at single line breaks that are not inside prose, after CoreNLP's splitter
 * (which breaks only at blank lines, so that hard-wrapped wire copy stays whole). Scraped pages
 * put a URL line, a headline and a date line above the lead with single newlines, and they would
 * otherwise parse as one sentence whose subject is the headline's slug ("Worker Kills ...").
 * Two rules: a line that is a URL is a sentence of its own; and, in a text whose lines are not
 * hard-wrapped ({@link #wrapped}), a line that ends without final punctuation (a headline, a
 * date, a byline) ends its sentence when the next line opens like a sentence. Runs as a CoreNLP
 * custom annotator between ssplit and pos; token offsets are untouched.
 */
public final class LineBreaks implements Annotator {

    /** A wrapped text has at least this share of its single line breaks before a lower-case word. */
    private static final double WRAPPED_SHARE = 0.2;

    /** CoreNLP builds custom annotators with this signature. */
    public LineBreaks(String name, Properties props) {
    }

    @Override
    public void annotate(Annotation ann) {
        List<CoreMap> sentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
        String text = ann.get(CoreAnnotations.TextAnnotation.class);
        if (sentences == null || text == null || text.indexOf('\n') < 0) {
            return;
        }
        boolean wrapped = wrapped(text);
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            int from = 0;
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (breaksAfter(tokens, i, wrapped)) {
                    out.add(part(text, s, tokens, from, i + 1));
                    from = i + 1;
                }
            }
            out.add(from == 0 ? s : part(text, s, tokens, from, tokens.size()));
        }
        if (out.size() == sentences.size()) {
            return;
        }
        for (int k = 0; k < out.size(); k++) {
            out.get(k).set(CoreAnnotations.SentenceIndexAnnotation.class, k);
            for (CoreLabel t : out.get(k).get(CoreAnnotations.TokensAnnotation.class)) {
                t.set(CoreAnnotations.SentenceIndexAnnotation.class, k);
            }
        }
        ann.set(CoreAnnotations.SentencesAnnotation.class, out);
    }

    /** True when a sentence break belongs between token i and i+1 of one CoreNLP sentence. */
    static boolean breaksAfter(List<CoreLabel> tokens, int i, boolean wrapped) {
        if (!endsLine(tokens.get(i))) {
            return false;
        }
        if (isUrlLine(tokens, lineStart(tokens, i)) || isUrlLine(tokens, i + 1)) {
            return true;
        }
        return !wrapped && openEnded(tokens.get(i).word()) && opensSentence(tokens.get(i + 1).word());
    }

    /**
     * A text is hard-wrapped when many of its single line breaks fall before a lower-case word
     * (mid-sentence); text written a paragraph or a sentence per line almost never does that.
     */
    static boolean wrapped(String text) {
        String[] lines = text.split("\n", -1);
        int single = 0;
        int lower = 0;
        for (int k = 0; k + 1 < lines.length; k++) {
            String next = lines[k + 1].strip();
            if (lines[k].isBlank() || next.isEmpty()) {
                continue;
            }
            single++;
            if (Character.isLowerCase(next.codePointAt(0))) {
                lower++;
            }
        }
        return single > 0 && lower >= Math.max(1, WRAPPED_SHARE * single);
    }

    private static boolean endsLine(CoreLabel t) {
        String after = t.get(CoreAnnotations.AfterAnnotation.class);
        return after != null && after.indexOf('\n') >= 0;
    }

    private static int lineStart(List<CoreLabel> tokens, int i) {
        int k = i;
        while (k > 0 && !endsLine(tokens.get(k - 1))) {
            k--;
        }
        return k;
    }

    /** A line opening with a scheme or "www" ("http: / / www. site. com / ...") is an address. */
    private static boolean isUrlLine(List<CoreLabel> tokens, int start) {
        String w = tokens.get(start).word().toLowerCase(java.util.Locale.ROOT);
        return w.startsWith("http") || w.startsWith("www.") || w.equals("www");
    }

    /** A line ending on a word or number: no final stop, and no comma, colon or dash that goes on. */
    private static boolean openEnded(String last) {
        return !last.isEmpty() && Character.isLetterOrDigit(last.codePointAt(last.length() - 1));
    }

    private static boolean opensSentence(String first) {
        int c = first.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'`\u201c\u2018".indexOf(c) >= 0;
    }

    private static CoreMap part(String text, CoreMap whole, List<CoreLabel> tokens, int from, int to) {
        List<CoreLabel> words = new ArrayList<>(tokens.subList(from, to));
        int begin = words.get(0).beginPosition();
        int end = words.get(words.size() - 1).endPosition();
        Annotation s = new Annotation(text.substring(begin, end));
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        s.set(CoreAnnotations.TokensAnnotation.class, words);
        int first = whole.get(CoreAnnotations.TokenBeginAnnotation.class);
        s.set(CoreAnnotations.TokenBeginAnnotation.class, first + from);
        s.set(CoreAnnotations.TokenEndAnnotation.class, first + to);
        for (int k = 0; k < words.size(); k++) {
            words.get(k).setIndex(k + 1);
        }
        return s;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }
}
