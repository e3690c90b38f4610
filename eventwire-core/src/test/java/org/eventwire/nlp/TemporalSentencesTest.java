package org.eventwire.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.TimeExpression;
import org.eventwire.pipeline.TestAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemporalSentencesTest {

    private static List<CoreLabel> tokens(String s) {
        return Arrays.stream(s.split(" ")).map(CoreLabel::wordFromString).toList();
    }

    @Test
    void windowsSurroundCuesAndJoinWhenTheyTouch() {
        List<CoreLabel> t = tokens("a b c d e f g h i j k l m n o p q r s t u v w x y z "
                + "Wednesday a b c d e f g h i j k l m n o p q r s t u v w x y z 2021 a b c");
        List<int[]> w = TemporalSentences.windows(t);
        assertEquals(2, w.size());
        assertEquals(26 - TemporalSentences.WINDOW, w.get(0)[0]);
        assertEquals(26 + TemporalSentences.WINDOW + 1, w.get(0)[1]);
        assertEquals(t.size(), w.get(1)[1]);

        List<int[]> joined = TemporalSentences.windows(tokens("on Monday and again three days later in May"));
        assertEquals(1, joined.size());
        assertEquals(0, joined.get(0)[0]);
        assertEquals(9, joined.get(0)[1]);

        assertTrue(TemporalSentences.windows(tokens("Soldiers detained the president in Niamey .")).isEmpty());
    }

    @Test
    void expressionsAtWindowEdgesAndAcrossJoinedWindowsAreFound() {
        AnalyzedArticle a = TestAnalyzer.analyze("The minister, who had led the negotiations with the unions "
                + "and the employers over many difficult and long months of talks, resigned late on Wednesday. "
                + "Talks had stalled since 2020, and the ministry said a deal was expected in the near future.",
                "2023-07-27");
        List<String> values = a.times().stream().map(TimeExpression::value).toList();
        assertTrue(values.contains("2023-07-26"), values.toString());
        assertTrue(values.contains("2020"), values.toString());
        assertTrue(values.contains("FUTURE_REF"), values.toString());
    }
}
