package org.eventwire.model;

/**
 * A quotation: direct (the words inside the quote marks) or indirect ("Blinken underscored
 * that ..."). cue is the reporting verb, channel where the text says it (press release,
 * statement, tweet, interview).
 */
public record Quote(String text, int start, int end, Speaker speaker, String cue, Span cueSpan,
                    String channel, boolean indirect) {
}
