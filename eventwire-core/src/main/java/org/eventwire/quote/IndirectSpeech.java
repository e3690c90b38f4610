package org.eventwire.quote;

import org.eventwire.model.Quote;
import org.eventwire.model.Span;
import org.eventwire.model.Speaker;
import org.eventwire.nlp.ParsedSentence;
import org.eventwire.pipeline.ArticleContext;

import java.util.ArrayList;
import java.util.List;

/** Reported speech without quotation marks: a reporting verb with a clausal complement. */
final class IndirectSpeech {
    private IndirectSpeech() {
    }

    static List<Quote> find(ArticleContext ctx, SpeakerFinder finder) {
        List<Quote> out = new ArrayList<>();
        List<QuoteSpans.Span> quotes = ctx.quoteSpans();
        for (ParsedSentence s : ctx.sentences()) {
            for (int v = 0; v < s.size(); v++) {
                if (!CueFinder.isCue(s, v, quotes)) {
                    continue;
                }
                int comp = s.child(v, "ccomp");
                if (comp < 0 || QuoteSpans.inside(quotes, s.begin(comp))) {
                    continue;
                }
                int[] span = s.subtree(comp);
                int from = span[0];
                if (s.word(from).equalsIgnoreCase("that") && from < span[1]) {
                    from++;
                }
                int start = s.begin(from);
                int end = s.end(span[1]);
                SpeakerFinder.Found who = finder.speaker(new Cue(s, v, false), null, Integer.MAX_VALUE);
                Speaker speaker = who == null ? null : who.toSpeaker(ctx.text());
                out.add(new Quote(ctx.text().substring(start, end), start, end, speaker, s.lemma(v),
                        Span.of(ctx.text(), s.begin(v), s.end(v)), who == null ? null : who.channel(), true));
            }
        }
        return out;
    }
}
