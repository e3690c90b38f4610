package org.eventwire.ingest;

import java.io.Closeable;
import java.util.Iterator;

/**
 * A lazy sequence of {@link InputItem}s from one or more inputs. A bad item becomes an error
 * item and reading goes on; {@link #next()} never throws for bad input. Close it when done.
 */
public interface ArticleReader extends Iterator<InputItem>, Closeable {
    @Override
    void close();
}
