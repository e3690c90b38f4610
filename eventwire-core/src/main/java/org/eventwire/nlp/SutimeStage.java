package org.eventwire.nlp;

import org.eventwire.pipeline.ArticleContext;
import org.eventwire.pipeline.Stage;

/** SUTime's time expressions, resolved against the reference date (see {@link TemporalSentences}). */
public final class SutimeStage implements Stage {

    @Override
    public void apply(ArticleContext ctx) {
        TemporalSentences.annotate(ctx.document().annotation(), ctx.referenceDate());
    }

    @Override
    public String name() {
        return "sutime";
    }
}
