package org.eventwire.ingest;

import java.io.InputStream;

/** A whole input that is one article: a text file or an HTML page. */
final class SingleItemReader extends PullReader {
    private final InputStream in;
    private final Format format;
    private final String id;
    private boolean read;

    SingleItemReader(String origin, InputStream in, Format format, ItemTimer timer) {
        super(origin, in, timer);
        this.in = in;
        this.format = format;
        this.id = origin.equals("-") ? "stdin" : Articles.stem(origin);
    }

    @Override
    protected InputItem pull() throws Exception {
        if (read) {
            return null;
        }
        read = true;
        int cap = format == Format.HTML ? Limits.MAX_HTML_BYTES : Limits.MAX_ARTICLE_CHARS;
        byte[] bytes = TextDecoding.readCapped(in, cap);
        if (bytes == null) {
            return InputItem.failed(origin(), Limits.tooLarge(format == Format.HTML ? "page" : "file", cap, "bytes"));
        }
        TextDecoding.Decoded d = format == Format.HTML ? Articles.decodeHtml(bytes, null) : TextDecoding.decode(bytes);
        if (d.error() != null) {
            return InputItem.failed(origin(), d.error());
        }
        if (format == Format.HTML) {
            return Articles.fromHtml(origin(), id, d.text(), null, null, null, null, d.warning(), timer());
        }
        return Articles.fromText(origin(), id, d.text(), null, null, null, null, d.warning());
    }
}
