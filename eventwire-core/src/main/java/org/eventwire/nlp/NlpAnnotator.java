package org.eventwire.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import org.eventwire.pipeline.ArticleContext;
import org.eventwire.pipeline.Stage;

/**
 * Runs CoreNLP over the article: tokens, sentences, POS, lemmas and NER (the parse and SUTime
 * follow as their own stages). The reference date (dateline, else publication date) is set
 * first so that "on Wednesday" resolves to a calendar date; the dateline itself is hidden.
 */
public final class NlpAnnotator implements Stage {

    @Override
    public void apply(ArticleContext ctx) {
        Annotation ann = new Annotation(withoutDateline(ctx));
        if (ctx.referenceDate() != null) {
            ann.set(CoreAnnotations.DocDateAnnotation.class, ctx.referenceDate());
        }
        NlpModels.pipeline().annotate(ann);
        ctx.setDocument(new CoreDocument(ann));
    }

    /**
     * The dateline is metadata, not the subject of the lead sentence ("BAMAKO, March 4 (Reuters)
     * - Malian soldiers arrested ..."): it is blanked out with spaces, so that every offset still
     * points into the original text.
     */
    private static String withoutDateline(ArticleContext ctx) {
        if (ctx.dateline() == null || ctx.dateline().evidence() == null) {
            return ctx.text();
        }
        StringBuilder b = new StringBuilder(ctx.text());
        for (int i = ctx.dateline().evidence().start(); i < ctx.dateline().evidence().end(); i++) {
            if (!Character.isWhitespace(b.charAt(i))) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    @Override
    public String name() {
        return "corenlp";
    }
}
