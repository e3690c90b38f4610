package org.eventwire.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.eventwire.model.TimeExpression;
import org.eventwire.nlp.ParsedSentence;
import org.eventwire.pipeline.ArticleContext;
import org.eventwire.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;

/**
 * The article's time expressions as TIMEX3 values with their spans: found and normalised by
 * {@link TimeTagger} on the CoreNLP tokens (or, with the SUTime setting, read from SUTime's
 * annotations), then given the values news means where the article date alone misleads
 * (weekdays by tense, days counted from the story's last day: {@link NarrativeTimes}).
 */
public final class TimeExtractor implements Stage {
    private final boolean sutime;

    /** Our own tagger. */
    public TimeExtractor() {
        this(false);
    }

    /** With sutime, the expressions SUTime annotated (SutimeStage must run before). */
    public TimeExtractor(boolean sutime) {
        this.sutime = sutime;
    }

    @Override
    public void apply(ArticleContext ctx) {
        List<TimeExpression> out = sutime ? fromSutime(ctx) : tagged(ctx);
        ctx.setTimes(NarrativeTimes.resolve(out, ctx.sentences(), ctx.text(), ctx.referenceDate()));
    }

    private static List<TimeExpression> tagged(ArticleContext ctx) {
        TimeTagger tagger = new TimeTagger(ctx.referenceDate());
        List<TimeExpression> out = new ArrayList<>(DatelineTime.of(ctx.dateline(), ctx.text()));
        for (ParsedSentence s : ctx.sentences()) {
            List<TimeTokens.Token> tokens = new ArrayList<>(s.size());
            for (int i = 0; i < s.size(); i++) {
                tokens.add(new TimeTokens.Token(s.word(i), s.tag(i), s.begin(i), s.end(i)));
            }
            out.addAll(tagger.tag(tokens, ctx.text()));
        }
        return out;
    }

    private static List<TimeExpression> fromSutime(ArticleContext ctx) {
        List<TimeExpression> out = new ArrayList<>();
        for (CoreSentence s : ctx.document().sentences()) {
            List<CoreMap> timexes = s.coreMap().get(TimeAnnotations.TimexAnnotations.class);
            if (timexes == null) {
                continue;
            }
            for (CoreMap m : timexes) {
                Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
                Integer start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                if (t == null || start == null || end == null || t.value() == null && t.altVal() == null) {
                    continue;
                }
                String value = t.value() != null ? t.value() : t.altVal();
                String mod = t.toXmlElement().getAttribute("mod");
                out.add(new TimeExpression(ctx.text().substring(start, end), start, end, value,
                        t.timexType(), mod == null || mod.isEmpty() ? null : mod));
            }
        }
        return out;
    }

    @Override
    public String name() {
        return "times";
    }
}
