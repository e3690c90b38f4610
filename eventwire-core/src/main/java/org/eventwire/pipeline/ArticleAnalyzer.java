package org.eventwire.pipeline;

import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.ArticleInput;

import java.util.List;

/**
 * Runs the stages over one article and assembles the structured article. Stateless apart from
 * the stages themselves, which are thread-safe: one analyzer serves all threads.
 */
public final class ArticleAnalyzer {
    private final List<Stage> stages;
    private final StageTimes times;

    public ArticleAnalyzer(List<Stage> stages, StageTimes times) {
        this.stages = List.copyOf(stages);
        this.times = times;
    }

    public AnalyzedArticle analyze(ArticleInput in) {
        String problem = InputCheck.problem(in.text());
        if (problem != null) {
            return AnalyzedArticle.failed(in, problem);
        }
        TextLanguage language = LanguageId.identify(in.text());
        String outOfScope = InputCheck.notEnglish(language);
        if (outOfScope != null) {
            return AnalyzedArticle.declined(in, language.code(), language.confidence(), outOfScope);
        }
        ArticleContext ctx = new ArticleContext(in, in.text());
        for (Stage s : stages) {
            long t0 = System.nanoTime();
            s.apply(ctx);
            if (times != null) {
                times.add(s.name(), System.nanoTime() - t0);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted after stage " + s.name());
            }
        }
        return new AnalyzedArticle(AnalyzedArticle.SCHEMA, in.id(), in.title(), in.url(), in.source(),
                in.date(), language.code(), language.confidence(), ctx.dateline(), ctx.entities(), ctx.places(), ctx.times(), ctx.quotes(),
                ctx.reportedSpeech(), ctx.events(), in.text(), List.copyOf(ctx.warnings()), AnalyzedArticle.OK, null);
    }
}
