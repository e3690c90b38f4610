package org.eventwire.nlp;

import org.eventwire.pipeline.ArticleContext;
import org.eventwire.pipeline.Stage;

import java.util.List;

/**
 * Gives text that lost its case (all lower case, all capitals, headlines in capitals) its case
 * back before anything reads it: the 3-class NER finds no names in lower-cased news, so no
 * actor, place or event would survive. Text with its case passes untouched and the truecaser
 * is never loaded for it.
 */
public final class RecaseStage implements Stage {

    @Override
    public void apply(ArticleContext ctx) {
        List<CaselessText.Span> spans = CaselessText.find(ctx.text());
        if (!spans.isEmpty()) {
            ctx.useRecased(NlpModels.truecaser().recase(ctx.text(), spans));
        }
    }

    @Override
    public String name() {
        return "recase";
    }
}
