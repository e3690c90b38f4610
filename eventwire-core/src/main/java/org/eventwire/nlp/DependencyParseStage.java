package org.eventwire.nlp;

import org.eventwire.pipeline.ArticleContext;
import org.eventwire.pipeline.Stage;

/** The basic dependency parse of every sentence (see {@link DependencyAnnotator}). */
public final class DependencyParseStage implements Stage {

    @Override
    public void apply(ArticleContext ctx) {
        if (!NlpModels.coreNlpParses()) {
            NlpModels.parser().annotate(ctx.document().annotation());
        }
    }

    @Override
    public String name() {
        return "depparse";
    }
}
