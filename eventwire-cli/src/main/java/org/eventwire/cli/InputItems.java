package org.eventwire.cli;

import org.eventwire.ingest.ArticleReader;
import org.eventwire.ingest.InputItem;
import org.eventwire.ingest.InputReaders;
import org.eventwire.model.ArticleInput;
import org.eventwire.pipeline.BatchAnalyzer.Item;

import java.util.Iterator;
import java.util.List;

/**
 * The CLI's inputs as batch items: every form the ingest module reads, with --date as the
 * publication date of articles that carry none, and read warnings reported on stderr.
 */
final class InputItems implements Iterator<Item> {
    private final ArticleReader reader;
    private final String date;

    InputItems(List<String> paths, String date, long budgetMillis) {
        this.reader = InputReaders.open(paths, budgetMillis);
        this.date = date;
    }

    @Override
    public boolean hasNext() {
        return reader.hasNext();
    }

    @Override
    public Item next() {
        InputItem in = reader.next();
        if (in.isError()) {
            return new Item(null, in.error(), in.origin(), in.readMillis());
        }
        if (in.warning() != null) {
            System.err.println("eventwire: warning: " + in.message());
        }
        ArticleInput a = in.article();
        if (a.date() == null && date != null) {
            a = new ArticleInput(a.id(), a.text(), a.html(), date, a.title(), a.url(), a.source());
        }
        return new Item(a, null, in.origin(), in.readMillis());
    }
}
