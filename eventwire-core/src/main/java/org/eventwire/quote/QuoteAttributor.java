package org.eventwire.quote;

import org.eventwire.model.Quote;
import org.eventwire.model.Span;
import org.eventwire.model.Speaker;
import org.eventwire.nlp.ParsedSentence;
import org.eventwire.pipeline.ArticleContext;
import org.eventwire.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every quotation and who said it. The cue is the highest reporting verb above the quote
 * in the parse ("He emphasized that the US condemns the efforts to “...”" is Blinken's
 * emphasis, not the US's condemnation), else the nearest reporting verb of the sentence, else
 * the quote continues the previous speaker's words. Indirect speech ("X said that ...") is
 * collected apart.
 */
public final class QuoteAttributor implements Stage {
    /** A quote with no cue continues the previous speaker if it follows within this many sentences. */
    private static final int CONTINUATION = 2;

    @Override
    public void apply(ArticleContext ctx) {
        List<ParsedSentence> sentences = ctx.sentences();
        List<QuoteSpans.Span> spans = ctx.quoteSpans();
        SpeakerFinder finder = new SpeakerFinder(ctx);
        List<Quote> quotes = new ArrayList<>();
        SpeakerFinder.Found previous = null;
        SpeakerFinder.Found previousWithChannel = null;
        int previousSentence = -100;
        for (QuoteSpans.Span q : spans) {
            List<ParsedSentence> around = overlapping(sentences, q);
            if (around.isEmpty() || TitleInQuotes.is(ctx.text(), q)) {
                continue;
            }
            SpeakerFinder.Found who = DashAttribution.after(ctx, q);
            Cue cue = null;
            if (who == null) {
                cue = cueOf(ctx, q, around, previousSentence);
                who = cue == null ? null : finder.speaker(cue, previousWithChannel != null ? previousWithChannel : previous,
                        q.end());
            }
            if (who == null && previous != null && around.get(0).index() - previousSentence <= CONTINUATION) {
                who = previous;
            }
            Speaker speaker = who == null ? null : who.toSpeaker(ctx.text());
            Span cueSpan = cue == null ? null : Span.of(ctx.text(), cue.sentence().begin(cue.token()),
                    cue.sentence().end(cue.token()));
            quotes.add(new Quote(ctx.text().substring(q.start(), q.end()), q.start(), q.end(), speaker,
                    cue == null ? null : cue.sentence().lemma(cue.token()), cueSpan,
                    who == null ? null : who.channel(), false));
            if (who != null) {
                previous = who;
                if (who.channel() != null) {
                    previousWithChannel = who;
                }
            }
            previousSentence = around.get(around.size() - 1).index();
        }
        ctx.setQuotes(quotes);
        ctx.setReportedSpeech(IndirectSpeech.find(ctx, finder));
    }

    /**
     * The cue in order of trust: a reporting verb above the quote in the parse; the clause ending
     * in a colon right before it; the nearest reporting verb of its sentences; a clause ending in a
     * comma before it; a previous sentence ending in a colon; a reporting clause right after it.
     */
    private static Cue cueOf(ArticleContext ctx, QuoteSpans.Span q, List<ParsedSentence> around, int previousSentence) {
        List<QuoteSpans.Span> spans = ctx.quoteSpans();
        List<ParsedSentence> sentences = ctx.sentences();
        Cue cue = CueFinder.above(around, q, spans);
        if (cue == null) {
            cue = Introducer.before(around.get(0), q, ctx.text(), false);
        }
        if (cue == null) {
            cue = CueFinder.nearest(around, q, spans);
        }
        if (cue == null) {
            cue = Introducer.before(around.get(0), q, ctx.text(), true);
        }
        int first = around.get(0).index();
        if (cue == null && first > 0 && first - 1 != previousSentence) {
            cue = Introducer.endingWithColon(sentences.get(first - 1), spans, q);
        }
        int last = around.get(around.size() - 1).index();
        if (cue == null && last + 1 < sentences.size()) {
            cue = Introducer.following(sentences.get(last + 1), q, ctx.text(), spans);
        }
        return cue;
    }

    private static List<ParsedSentence> overlapping(List<ParsedSentence> sentences, QuoteSpans.Span q) {
        List<ParsedSentence> out = new ArrayList<>();
        for (ParsedSentence s : sentences) {
            if (s.size() > 0 && s.begin() < q.end() && q.start() < s.end()) {
                out.add(s);
            }
        }
        return out;
    }

    @Override
    public String name() {
        return "quotes";
    }
}
