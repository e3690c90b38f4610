package org.eventwire.pipeline;

import org.eventwire.dateline.DatelineParser;
import org.eventwire.entity.EntityExtractor;
import org.eventwire.geo.PlaceStage;
import org.eventwire.quote.QuoteAttributor;
import org.eventwire.nlp.NlpAnnotator;
import org.eventwire.nlp.NlpModels;
import org.eventwire.time.TimeExtractor;

import java.time.Clock;
import java.util.List;

/** The stages of eventwire's analysis, in order; the one place they are composed. */
public final class StandardPipeline {
    private StandardPipeline() {
    }

    public static List<Stage> stages(Clock clock) {
        return List.of(
                new DatelineParser(clock),
                new NlpAnnotator(NlpModels.pipeline()),
                new TimeExtractor(),
                new EntityExtractor(),
                new QuoteAttributor(),
                new PlaceStage());
    }

    public static ArticleAnalyzer analyzer(Clock clock, StageTimes times) {
        return new ArticleAnalyzer(stages(clock), times);
    }
}
