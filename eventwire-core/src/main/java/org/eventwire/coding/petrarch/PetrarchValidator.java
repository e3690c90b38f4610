package org.eventwire.coding.petrarch;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.Annotation;
import org.eventwire.coding.CodedEvent;
import org.eventwire.coding.Sent;
import org.eventwire.coding.SentenceCoder;
import org.eventwire.coding.dict.Dictionaries;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs PETRARCH unit-test records through eventwire's coder: each sentence is parsed by our
 * CoreNLP pipeline (the record's own tree is only checked for being well formed), coded with
 * the record's dictionaries as PETRARCH would code it (both actors needed, codes as the
 * dictionary gives them), and compared with the expected set of (source, target, code).
 */
public final class PetrarchValidator {
    /** The outcome of one record. */
    public record Result(UnitTestRecord record, boolean passed, Set<UnitTestRecord.Triple> got, String error) {
    }

    private final Dictionaries dict;
    private final java.util.function.Consumer<Annotation> nlp;

    /** nlp annotates a document with tokens, tags, lemmas, NER and the basic dependencies. */
    public PetrarchValidator(Dictionaries dict, java.util.function.Consumer<Annotation> nlp) {
        this.dict = dict;
        this.nlp = nlp;
    }

    public Result run(UnitTestRecord r) {
        String error = null;
        Set<UnitTestRecord.Triple> got = new LinkedHashSet<>();
        if (r.parse() != null && !balanced(r.parse())) {
            error = "bad_input_parse";
        } else {
            Annotation ann = new Annotation(r.text());
            nlp.accept(ann);
            CoreDocument doc = new CoreDocument(ann);
            SentenceCoder coder = new SentenceCoder(dict, r.date());
            List<Sent> sents = new ArrayList<>();
            for (CoreSentence cs : doc.sentences()) {
                sents.add(Sent.of(sents.size(), cs));
            }
            if (sents.stream().anyMatch(s -> coder.discarded(s, true))) {
                error = "storydiscard";
            } else if (sents.stream().anyMatch(s -> coder.discarded(s, false))) {
                error = "sentencediscard";
            } else {
                for (Sent s : sents) {
                    for (CodedEvent e : coder.code(s, new SentenceOnly(coder.finder()))) {
                        if (e.target() != null) {
                            got.add(new UnitTestRecord.Triple(e.source().code(), e.target().code(), e.code()));
                        }
                    }
                }
            }
        }
        boolean passed = r.expectedError() != null ? r.expectedError().equals(error)
                : error == null && got.equals(r.expected());
        return new Result(r, passed, got, error);
    }

    /** Parentheses of a Treebank tree balance and never close more than they opened. */
    static boolean balanced(String tree) {
        int depth = 0;
        for (char c : tree.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0;
    }
}
