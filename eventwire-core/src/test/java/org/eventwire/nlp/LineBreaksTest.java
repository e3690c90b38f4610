package org.eventwire.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineBreaksTest {

    /** Tokenizer, splitter and this step only, with eventwire's settings: the step is opt-in. */
    private static final StanfordCoreNLP SPLITTER = splitter();

    private static StanfordCoreNLP splitter() {
        Properties p = NlpModels.properties();
        p.setProperty("annotators", "tokenize,ssplit,linebreaks");
        return new StanfordCoreNLP(p);
    }

    private static List<String> sentences(String text) {
        Annotation ann = new Annotation(text);
        SPLITTER.annotate(ann);
        List<CoreMap> ss = ann.get(CoreAnnotations.SentencesAnnotation.class);
        for (int k = 0; k < ss.size(); k++) {
            List<CoreLabel> tokens = ss.get(k).get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < tokens.size(); i++) {
                assertEquals(i + 1, tokens.get(i).index());
                assertEquals(k, tokens.get(i).get(CoreAnnotations.SentenceIndexAnnotation.class));
            }
        }
        return ss.stream().map(s -> s.get(CoreAnnotations.TextAnnotation.class)).toList();
    }

    @Test
    void urlHeadlineAndDateLinesAreNotTheLead() {
        List<String> s = sentences("http: / / www. dailyherald. example / news / 2021 / gunman - shoots - clerk\n"
                + "Gunman Shoots Store Clerk In Dover\n"
                + "March 4, 2021\n"
                + "A gunman shot a store clerk in Dover on Thursday, police said.");
        assertEquals("Gunman Shoots Store Clerk In Dover", s.get(s.size() - 3));
        assertEquals("March 4, 2021", s.get(s.size() - 2));
        assertEquals("A gunman shot a store clerk in Dover on Thursday, police said.", s.get(s.size() - 1));
    }

    @Test
    void hardWrappedCopyStaysOneSentence() {
        String text = "The finance minister said on Tuesday that the\n"
                + "government would raise the fuel tax in\n"
                + "March, and the unions said they would\n"
                + "strike if it did.";
        assertTrue(LineBreaks.wrapped(text));
        assertEquals(1, sentences(text).size());
    }

    @Test
    void aLineThatGoesOnIsNotAHeadline() {
        String text = "Talks collapsed on Friday, the mediator said,\n"
                + "Both sides walked out.";
        assertFalse(LineBreaks.wrapped(text));
        assertEquals(1, sentences(text).size());
    }

    @Test
    void sentencePerLineTextIsNotWrapped() {
        assertFalse(LineBreaks.wrapped("Rebels Seize Town\nRebels seized the town on Monday.\nThe army said it would respond."));
        assertFalse(LineBreaks.wrapped("One paragraph.\n\nAnother paragraph."));
    }
}
