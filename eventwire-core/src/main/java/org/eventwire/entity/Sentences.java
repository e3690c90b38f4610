package org.eventwire.entity;

import org.eventwire.nlp.ParsedSentence;

import java.util.List;

/** Finding the sentence around a character offset. */
final class Sentences {
    private Sentences() {
    }

    static ParsedSentence at(List<ParsedSentence> sentences, int offset) {
        for (ParsedSentence s : sentences) {
            if (s.size() > 0 && s.begin() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }
}
