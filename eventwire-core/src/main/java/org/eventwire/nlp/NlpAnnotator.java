package org.eventwire.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.eventwire.pipeline.ArticleContext;
import org.eventwire.pipeline.Stage;

/**
 * Runs CoreNLP over the article: tokens, sentences, POS, lemmas, NER with SUTime and the
 * dependency parse. The reference date (dateline, else publication date) is set first so that
 * "on Wednesday" resolves to a calendar date.
 */
public final class NlpAnnotator implements Stage {
    private final StanfordCoreNLP pipeline;

    public NlpAnnotator(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public void apply(ArticleContext ctx) {
        Annotation ann = new Annotation(ctx.text());
        if (ctx.referenceDate() != null) {
            ann.set(CoreAnnotations.DocDateAnnotation.class, ctx.referenceDate());
        }
        pipeline.annotate(ann);
        ctx.setDocument(new CoreDocument(ann));
    }

    @Override
    public String name() {
        return "corenlp";
    }
}
