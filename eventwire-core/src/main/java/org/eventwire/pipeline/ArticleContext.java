package org.eventwire.pipeline;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.eventwire.model.ArticleInput;
import org.eventwire.model.Dateline;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;
import org.eventwire.model.Mention;
import org.eventwire.model.Place;
import org.eventwire.model.Quote;
import org.eventwire.model.TimeExpression;
import org.eventwire.nlp.ParsedSentence;
import org.eventwire.quote.QuoteSpans;

import java.util.ArrayList;
import java.util.List;

/**
 * The working state of one article as it goes through the stages. Not shared between threads:
 * each article gets its own context.
 */
public final class ArticleContext {
    private final ArticleInput input;
    private String text;
    private String referenceDate;
    private Dateline dateline;
    private CoreDocument document;
    private List<TimeExpression> times = List.of();
    private List<Entity> entities = List.of();
    private List<Place> places = List.of();
    private List<Quote> quotes = List.of();
    private List<Quote> reportedSpeech = List.of();
    private List<Event> events = List.of();
    private final List<String> warnings = new ArrayList<>();
    private List<ParsedSentence> sentences;
    private List<QuoteSpans.Span> quoteSpans;

    public ArticleContext(ArticleInput input, String text) {
        this.input = input;
        this.text = text;
        this.referenceDate = input.date();
    }

    public ArticleInput input() { return input; }

    /**
     * The text the stages read: the article as given or, when it came without case, its recased
     * copy (same length, only letters' case changed), so every offset points into the text as given.
     */
    public String text() { return text; }

    /** Replaces the text the stages read by a recased copy of it; the output keeps the original. */
    public void useRecased(String recased) {
        if (recased.length() != text.length() || !recased.equalsIgnoreCase(text)) {
            throw new IllegalArgumentException("a recased text must keep every character but its case");
        }
        text = recased;
        quoteSpans = null;
    }

    /** The date relative expressions resolve against: the dateline's, else the publication date. */
    public String referenceDate() { return referenceDate; }

    public void setReferenceDate(String d) { referenceDate = d; }

    public Dateline dateline() { return dateline; }

    public void setDateline(Dateline d) { dateline = d; }

    public CoreDocument document() { return document; }

    public void setDocument(CoreDocument d) {
        document = d;
        sentences = null;
    }

    /** The sentences with their parses, built once from the CoreNLP document. */
    public List<ParsedSentence> sentences() {
        if (sentences == null) {
            sentences = document == null ? List.of() : ParsedSentence.of(document.sentences());
        }
        return sentences;
    }

    /** The stretches of text inside quotation marks. */
    public List<QuoteSpans.Span> quoteSpans() {
        if (quoteSpans == null) {
            quoteSpans = QuoteSpans.find(text);
        }
        return quoteSpans;
    }

    public List<TimeExpression> times() { return times; }

    public void setTimes(List<TimeExpression> t) { times = List.copyOf(t); }

    public List<Entity> entities() { return entities; }

    public void setEntities(List<Entity> e) { entities = List.copyOf(e); }

    public List<Place> places() { return places; }

    public void setPlaces(List<Place> p) { places = List.copyOf(p); }

    public List<Quote> quotes() { return quotes; }

    public void setQuotes(List<Quote> q) { quotes = List.copyOf(q); }

    /** Indirect speech ("Blinken underscored that ..."), kept apart from direct quotations. */
    public List<Quote> reportedSpeech() { return reportedSpeech; }

    public void setReportedSpeech(List<Quote> q) { reportedSpeech = List.copyOf(q); }

    public List<Event> events() { return events; }

    public void setEvents(List<Event> e) { events = List.copyOf(e); }

    public List<String> warnings() { return warnings; }

    /** The entity one of whose mentions covers the character offset, or null. */
    public Entity entityAt(int offset) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.start() <= offset && offset < m.end()) {
                    return e;
                }
            }
        }
        return null;
    }
}
