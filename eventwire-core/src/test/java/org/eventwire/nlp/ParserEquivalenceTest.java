package org.eventwire.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import org.eventwire.pipeline.TestAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our inference over CoreNLP's dependency model must give CoreNLP's parses: every sentence
 * of the bundled examples and of the seed article is parsed by both and compared edge by edge.
 */
class ParserEquivalenceTest {
    private static List<CoreMap> sentences;
    private static DependencyAnnotator ours;

    @BeforeAll
    static void parseInputs() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        // constructions the coder and the quote attributor lean on, written here
        texts.add("The president was detained by members of his own guard, who later said on television "
                + "that they had dissolved the constitution.\n\n\"We will not accept this,\" the spokesman of "
                + "the African Union Commission told reporters in Addis Ababa, adding that sanctions and the "
                + "suspension of Niger were being considered.\n\nTalks between the unions and the port operator, "
                + "which employs 4,000 dockworkers, collapsed after neither side would give ground.\n\n"
                + "Neither the ministry nor the police responded to requests for comment.");
        Path shared = TestAnalyzer.shared();
        if (shared != null) {
            texts.add(Files.readString(shared.resolve("eval/seed/niger-2023-07-27.txt")));
        }
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        StanfordCoreNLP tagger = new StanfordCoreNLP(p);
        sentences = new ArrayList<>();
        for (String t : texts) {
            Annotation a = new Annotation(t);
            tagger.annotate(a);
            sentences.addAll(a.get(CoreAnnotations.SentencesAnnotation.class));
        }
        ours = NlpModels.parser();
    }

    @Test
    void everySentenceGetsCoreNlpsParse() {
        DependencyParser reference = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
        assertTrue(sentences.size() >= 15, "too few sentences to compare: " + sentences.size());
        int tokens = 0;
        for (CoreMap s : sentences) {
            List<CoreLabel> words = s.get(CoreAnnotations.TokensAnnotation.class);
            GrammaticalStructure gs = reference.predict(s);
            SemanticGraph expected = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
                    GrammaticalStructure.Extras.NONE, null);
            assertEquals(expected.toList(), ours.graph(words).toList(), s.toString());
            tokens += words.size();
        }
        assertTrue(tokens > 300);
    }

    @Test
    void annotateSetsBasicDependenciesAndSkipsOverlongSentences() {
        Annotation a = new Annotation("Soldiers detained the president on Wednesday.\n\n"
                + "a ".repeat(NlpModels.MAX_PARSE_LENGTH + 5));
        StanfordCoreNLP tagger = new StanfordCoreNLP(props());
        tagger.annotate(a);
        ours.annotate(a);
        List<CoreMap> s = a.get(CoreAnnotations.SentencesAnnotation.class);
        SemanticGraph g = s.get(0).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        assertNotNull(g);
        assertEquals("detained", g.getFirstRoot().word());
        assertEquals("Soldiers", g.getChildWithReln(g.getFirstRoot(),
                edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT).word());
        assertNull(s.get(1).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
    }

    private static Properties props() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }
}
