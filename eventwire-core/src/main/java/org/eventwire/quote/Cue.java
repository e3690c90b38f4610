package org.eventwire.quote;

import org.eventwire.nlp.ParsedSentence;

/** A reporting verb (or "according to") in a sentence, by token index. */
record Cue(ParsedSentence sentence, int token, boolean according) {
}
